package com.revreport.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Revenue booked in the general ledger for one segment and month, in its booking currency. */
public record LedgerEntry(YearMonth month, String segment, String currency, BigDecimal revenue) {
}
