package com.revreport.analysis;

import java.math.BigDecimal;

/**
 * One row of the reconciliation: a segment in one month, or over the whole range when
 * {@code quarterTotal} (then {@code period} is the quarter label, otherwise {@code YYYY-MM}).
 * {@code billed}/{@code ledger} are zero, not null, when a side is missing; {@code variancePercent} is
 * null when the ledger is zero.
 */
public record SegmentReconciliation(String segment, String period, boolean quarterTotal, BigDecimal billed,
        BigDecimal ledger, BigDecimal variance, BigDecimal variancePercent, ReconciliationStatus status) {
}
