package com.revreport.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A billing row that was not accepted.
 *
 * @param month the billing month whose load rejected the row
 * @param line physical line number of the record's first line (header = line 1)
 * @param record the raw record text as it stood in the file
 * @param clientId the row's client_id as written, or null when the row has none (a malformed row)
 * @param amount the row's amount in its own currency when it reads as one, else null (it may be what made the
 *        row a reject; the record keeps it as written)
 * @param currency the row's currency as written, or null when the row has none
 */
public record Reject(YearMonth month, String file, long line, RejectReason reason, String message, String record,
        String clientId, BigDecimal amount, String currency) {

    /** A reject whose row has no client, amount or currency to tell. */
    public Reject(YearMonth month, String file, long line, RejectReason reason, String message, String record) {
        this(month, file, line, reason, message, record, null, null, null);
    }
}
