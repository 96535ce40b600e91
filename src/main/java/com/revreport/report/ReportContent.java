package com.revreport.report;

import java.util.List;

import com.revreport.analysis.AnalysisSettings;
import com.revreport.analysis.Explanations;
import com.revreport.analysis.RejectedValue;
import com.revreport.analysis.QuarterFigures;
import com.revreport.model.Reject;

/**
 * Everything one workbook shows.
 *
 * @param settings the thresholds the figures were computed with, which the sheets state in words
 * @param rejectedValue what the rejects were worth in the reporting currency
 * @param explanations the controller's explanations matched to the reconciliation rows
 */
public record ReportContent(QuarterFigures figures, List<Reject> rejects, RunAudit audit, AnalysisSettings settings,
        RejectedValue rejectedValue, Explanations explanations) {

    /** Content without explanations: every finding unexplained. */
    public ReportContent(QuarterFigures figures, List<Reject> rejects, RunAudit audit, AnalysisSettings settings,
            RejectedValue rejectedValue) {
        this(figures, rejects, audit, settings, rejectedValue, Explanations.none(figures.reconciliation()));
    }

    /**
     * Content whose rejects are valued without exchange rates: only those in the reporting currency count, the
     * others are named as without a rate.
     */
    public ReportContent(QuarterFigures figures, List<Reject> rejects, RunAudit audit, AnalysisSettings settings) {
        this(figures, rejects, audit, settings,
                RejectedValue.of(rejects == null ? List.of() : rejects, List.of(), figures.reportingCurrency()));
    }

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
