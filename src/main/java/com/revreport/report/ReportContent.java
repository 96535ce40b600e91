package com.revreport.report;

import java.util.List;

import com.revreport.analysis.AnalysisSettings;
import com.revreport.analysis.QuarterFigures;
import com.revreport.model.Reject;

/**
 * Everything one workbook shows.
 *
 * @param settings the thresholds the figures were computed with, which the sheets state in words
 */
public record ReportContent(QuarterFigures figures, List<Reject> rejects, RunAudit audit, AnalysisSettings settings) {

    /** Content computed with the default thresholds. */
    public ReportContent(QuarterFigures figures, List<Reject> rejects, RunAudit audit) {
        this(figures, rejects, audit, defaults(figures));
    }

    private static AnalysisSettings defaults(QuarterFigures figures) {
        AnalysisSettings d = AnalysisSettings.defaults(figures.period().quarter().startMonth());
        return new AnalysisSettings(figures.reportingCurrency(), d.fiscalYearStartMonth(), d.absTolerance(),
                d.relTolerance(), d.hhiBands(), d.majorCustomerThreshold());
    }
}
