package com.revreport.close;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.SegmentReconciliation;
import com.revreport.analysis.SegmentSummary;
import com.revreport.model.Cents;

/**
 * The figures a version of a quarter is told apart by (docs/decisions.md, "Versions of a quarter"): every
 * cell of tblSegments, and Billed, Ledger, Variance and Status of every tblReconciliation month row (its
 * quarter rows are tblSegments' segment rows). Money as the
 * workbook writes it, to the cent; ratios and HHI to twelve decimal places, far below what any cell shows
 * and what the store keeps of them.
 */
public final class ReportedFigures {

    /** The reconciliation's figures a version compares, as tblReconciliation names them. */
    static final List<String> RECONCILIATION = List.of("Billed", "Ledger", "Variance", "Status");

    private static final int RATIO_SCALE = 12;

    private ReportedFigures() {
    }

    public static List<ReportedFigure> of(QuarterFigures figures) {
        List<ReportedFigure> reported = new ArrayList<>();
        String quarter = figures.period().quarter().label();
        for (SegmentSummary segment : SegmentSummary.of(figures)) {
            for (SegmentSummary.Column column : SegmentSummary.Column.values()) {
                if (column != SegmentSummary.Column.SEGMENT) {
                    reported.add(figure(column.header(), segment.segment(), quarter, segment.cell(column),
                            column.value() == SegmentSummary.Value.MONEY));
                }
            }
        }
        for (SegmentReconciliation r : figures.reconciliation()) {
            if (r.quarterTotal()) {
                // a segment's quarter row is its row of tblSegments (Billed, Ledger, Variance, Status): one
                // figure, listed once when it moves
                continue;
            }
            reported.add(figure("Billed", r.segment(), r.period(), r.billed(), true));
            reported.add(figure("Ledger", r.segment(), r.period(), r.ledger(), true));
            reported.add(figure("Variance", r.segment(), r.period(), r.variance(), true));
            reported.add(figure("Status", r.segment(), r.period(), r.status() == null ? null : r.status().name(), false));
        }
        return reported;
    }

    /**
     * What a figure is, by its name: the columns of tblSegments say, and tblReconciliation's Billed, Ledger
     * and Variance are money as theirs are.
     */
    public static SegmentSummary.Value valueOf(String figure) {
        SegmentSummary.Column column = SegmentSummary.Column.headed(figure);
        return column == null ? SegmentSummary.Value.TEXT : column.value();
    }

    private static ReportedFigure figure(String figure, String scope, String period, Object value, boolean money) {
        if (value instanceof BigDecimal number) {
            return new ReportedFigure(figure, scope, period,
                    money ? Cents.of(number) : number.setScale(RATIO_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros(),
                    null);
        }
        return new ReportedFigure(figure, scope, period, null, (String) value);
    }
}
