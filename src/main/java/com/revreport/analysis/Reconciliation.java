package com.revreport.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.revreport.model.LedgerEntry;

/**
 * Billed revenue against the general ledger, per segment and month and for the range (docs/finance-guide.md).
 * Segments come by name, months ascending, each segment's range row after its months.
 */
final class Reconciliation {

    /** A variance below one cent is rounding noise, not a difference. */
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final BigDecimal absTolerance;

    private final BigDecimal relTolerance;

    Reconciliation(AnalysisSettings settings) {
        this.absTolerance = settings.absTolerance();
        this.relTolerance = settings.relTolerance();
    }

    List<SegmentReconciliation> reconcile(ReportPeriods periods, BilledRevenue billed, List<LedgerEntry> ledger,
            CurrencyConversion conversion) {
        Map<YearMonth, Map<String, BigDecimal>> booked = bookedInRange(periods.months(), ledger, conversion);
        Set<String> segments = new TreeSet<>(billed.segmentsBilledIn(periods.months()));
        booked.values().forEach(bySegment -> segments.addAll(bySegment.keySet()));

        List<SegmentReconciliation> rows = new ArrayList<>();
        for (String segment : segments) {
            BigDecimal billedSum = BigDecimal.ZERO;
            BigDecimal ledgerSum = BigDecimal.ZERO;
            boolean anyBilling = false;
            boolean anyLedger = false;
            for (YearMonth month : periods.months()) {
                boolean hasBilling = billed.isBilled(month, segment);
                BigDecimal ledgerRevenue = booked.getOrDefault(month, Map.of()).get(segment);
                if (!hasBilling && ledgerRevenue == null) {
                    continue;
                }
                BigDecimal billedRevenue = billed.total(segment, month);
                BigDecimal ledgerOrZero = ledgerRevenue == null ? BigDecimal.ZERO : ledgerRevenue;
                rows.add(row(segment, month.toString(), false, billedRevenue, ledgerOrZero, hasBilling,
                        ledgerRevenue != null));
                billedSum = billedSum.add(billedRevenue);
                ledgerSum = ledgerSum.add(ledgerOrZero);
                anyBilling |= hasBilling;
                anyLedger |= ledgerRevenue != null;
            }
            // a month missing one side inside an otherwise complete range shows as that month's status;
            // the range row is only MISSING_* when the whole range lacks the side
            rows.add(row(segment, periods.quarter().label(), true, billedSum, ledgerSum, anyBilling, anyLedger));
        }
        return rows;
    }

    private SegmentReconciliation row(String segment, String period, boolean quarterTotal, BigDecimal billed,
            BigDecimal ledger, boolean hasBilling, boolean hasLedger) {
        BigDecimal variance = billed.subtract(ledger);
        BigDecimal variancePercent = ledger.signum() == 0 ? null : Ratios.divide(variance, ledger);
        return new SegmentReconciliation(segment, period, quarterTotal, billed, ledger, variance, variancePercent,
                status(variance, ledger, hasBilling, hasLedger));
    }

    ReconciliationStatus status(BigDecimal variance, BigDecimal ledger, boolean hasBilling, boolean hasLedger) {
        if (!hasLedger) {
            return ReconciliationStatus.MISSING_LEDGER;
        }
        if (!hasBilling) {
            return ReconciliationStatus.MISSING_BILLING;
        }
        BigDecimal gap = variance.abs();
        if (gap.compareTo(CENT) < 0) {
            return ReconciliationStatus.MATCHED;
        }
        BigDecimal tolerance = absTolerance.max(relTolerance.multiply(ledger.abs()));
        return gap.compareTo(tolerance) <= 0 ? ReconciliationStatus.WITHIN_TOLERANCE : ReconciliationStatus.BREAK;
    }

    private static Map<YearMonth, Map<String, BigDecimal>> bookedInRange(List<YearMonth> months, List<LedgerEntry> ledger,
            CurrencyConversion conversion) {
        Map<YearMonth, Map<String, BigDecimal>> booked = new HashMap<>();
        for (LedgerEntry entry : ledger) {
            if (months.contains(entry.month())) {
                BigDecimal revenue = conversion.toReporting(entry.month(), entry.currency(), entry.revenue());
                // one row per (month, segment) is the ingest's rule; should two arrive, both count
                booked.computeIfAbsent(entry.month(), m -> new HashMap<>()).merge(entry.segment(), revenue, BigDecimal::add);
            }
        }
        return booked;
    }
}
