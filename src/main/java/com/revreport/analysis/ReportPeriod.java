package com.revreport.analysis;

import java.time.YearMonth;
import java.util.List;

import com.revreport.calendar.FiscalQuarter;

/**
 * The reported range: the quarter's first k months, k = position of its newest billed month.
 *
 * @param months the k months in range (all three when complete)
 * @param missingMonths months in range without any billing (their revenue is zero)
 */
public record ReportPeriod(FiscalQuarter quarter, List<YearMonth> months, List<YearMonth> missingMonths) {

    public boolean complete() {
        return months.size() == 3 && missingMonths.isEmpty();
    }

    /** {@code FY2024-Q3}, or {@code FY2024-Q3-QTD} for a quarter-to-date report. */
    public String fileLabel() {
        return complete() ? quarter.label() : quarter.label() + "-QTD";
    }
}
