package com.revreport.model;

/**
 * A billing row that was not accepted.
 *
 * @param line physical line number of the record's first line (header = line 1)
 * @param record the raw record text as it stood in the file
 * @param clientId the row's client_id as written, or null when the row has none (a malformed row)
 * @param amount the row's amount as written (it may be what made it a reject), or null when the row has none
 */
public record Reject(String file, long line, RejectReason reason, String message, String record, String clientId,
        String amount) {

    /** A reject whose row has no client or amount to tell. */
    public Reject(String file, long line, RejectReason reason, String message, String record) {
        this(file, line, reason, message, record, null, null);
    }
}
