package com.revreport.close;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.SegmentReconciliation;
import com.revreport.model.Explanation;

/**
 * The controller's explanations matched to the reconciliation rows by segment and period. An explanation
 * states the variance it explains, so one written before a restatement is {@code STALE} beside the new
 * figure rather than carried onto it. Explanations never change a figure.
 *
 * @param rows one per reconciliation row, in its order
 * @param unmatched explanations of no row of the reported quarter (a month outside it, a renamed segment)
 */
public record Explanations(List<Row> rows, List<Explanation> unmatched) {

    /** Within a cent: the variance as the workbook writes it. */
    private static final BigDecimal CENT = new BigDecimal("0.01");

    /**
     * @param status blank ({@code null}) for a matched or within-tolerance row nobody explained
     * @param explanation the one for the row's segment and period, or {@code null}
     */
    public record Row(ExplanationStatus status, Explanation explanation) {
    }

    public static Explanations match(List<SegmentReconciliation> reconciliation, List<Explanation> explanations) {
        Map<String, Explanation> byKey = new LinkedHashMap<>();
        explanations.forEach(e -> byKey.put(e.segment() + "|" + e.period(), e));
        List<Row> rows = new ArrayList<>();
        for (SegmentReconciliation r : reconciliation) {
            Explanation e = byKey.remove(r.segment() + "|" + r.period());
            rows.add(new Row(status(r, e), e));
        }
        return new Explanations(rows, List.copyOf(byKey.values()));
    }

    /** None: every row blank, as in a run without an explanations folder. */
    public static Explanations none(List<SegmentReconciliation> reconciliation) {
        return match(reconciliation == null ? List.of() : reconciliation, List.of());
    }

    /** The {@code index}-th row's; blank past the rows matched. */
    public Row row(int index) {
        return index < rows.size() ? rows.get(index) : new Row(null, null);
    }

    /** Rows whose finding nobody explained: the Summary's {@code Unexplained breaks}. */
    public long unexplained() {
        return rows.stream().filter(r -> r.status() == ExplanationStatus.UNEXPLAINED).count();
    }

    private static ExplanationStatus status(SegmentReconciliation row, Explanation explanation) {
        if (explanation != null) {
            BigDecimal variance = row.variance() == null ? BigDecimal.ZERO : row.variance();
            return variance.subtract(explanation.variance()).abs().compareTo(CENT) < 0 ? ExplanationStatus.EXPLAINED
                    : ExplanationStatus.STALE;
        }
        return row.status() == ReconciliationStatus.BREAK || row.status() == ReconciliationStatus.MISSING_LEDGER
                || row.status() == ReconciliationStatus.MISSING_BILLING ? ExplanationStatus.UNEXPLAINED : null;
    }
}
