package com.revreport.close;

import java.math.BigDecimal;

/**
 * One figure of a published workbook, as written: a cell of tblSegments (figure = its column, scope = the
 * segment or All segments, period = the quarter label) or Billed, Ledger, Variance or Status of a
 * tblReconciliation row (period = its Month).
 *
 * @param number the cell's number, or null
 * @param text the cell's text, or null; a blank cell has neither
 */
public record ReportedFigure(String figure, String scope, String period, BigDecimal number, String text) {

    /** The cell's value: a number, text, or null for a blank cell. */
    public Object value() {
        return number != null ? number : text;
    }

    /** Which cell this is, whatever it holds. */
    String cell() {
        return figure + "\u0000" + scope + "\u0000" + period;
    }

    boolean sameValue(ReportedFigure other) {
        if (number != null || other.number != null) {
            return number != null && other.number != null && number.compareTo(other.number) == 0;
        }
        return java.util.Objects.equals(text, other.text);
    }
}
