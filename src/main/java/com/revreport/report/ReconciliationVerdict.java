package com.revreport.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.SegmentReconciliation;

/**
 * The quarter's reconciliation in the words a controller forwards: how many segments break over the quarter
 * and how many lack a side (the Summary states the tolerance they were judged by on the row below). Segment
 * quarter rows only: a month that breaks inside a quarter that agrees is on the Reconciliation sheet, not in
 * the verdict.
 */
final class ReconciliationVerdict {

    private ReconciliationVerdict() {
    }

    static String of(List<SegmentReconciliation> reconciliation) {
        Map<ReconciliationStatus, Integer> counts = new EnumMap<>(ReconciliationStatus.class);
        int segments = 0;
        for (SegmentReconciliation row : reconciliation) {
            if (row.quarterTotal()) {
                segments++;
                counts.merge(row.status(), 1, Integer::sum);
            }
        }
        if (segments == 0) {
            return "No segment to reconcile";
        }
        int breaks = counts.getOrDefault(ReconciliationStatus.BREAK, 0);
        int noLedger = counts.getOrDefault(ReconciliationStatus.MISSING_LEDGER, 0);
        int noBilling = counts.getOrDefault(ReconciliationStatus.MISSING_BILLING, 0);
        int within = counts.getOrDefault(ReconciliationStatus.WITHIN_TOLERANCE, 0);
        StringBuilder words = new StringBuilder();
        if (breaks + noLedger + noBilling == 0) {
            words.append(segments == 1 ? "The segment agrees" : "All " + segments + " segments agree")
                    .append(" with the ledger over the quarter");
            if (within > 0) {
                words.append(" (").append(within).append(" within tolerance)");
            }
        }
        else {
            words.append(breaks).append(" of ").append(segments).append(segments == 1 ? " segment" : " segments")
                    .append(breaks == 1 ? " breaks" : " break");
            if (noLedger > 0) {
                words.append(", ").append(noLedger).append(noLedger == 1 ? " has" : " have").append(" no ledger");
            }
            if (noBilling > 0) {
                words.append(", ").append(noBilling).append(noBilling == 1 ? " has" : " have").append(" no billing");
            }
            words.append(" over the quarter");
        }
        return words.toString();
    }
}
