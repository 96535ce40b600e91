package com.revreport.report;

import java.time.Instant;
import java.util.List;

import com.revreport.analysis.AnalysisSettings;
import com.revreport.close.Explanations;
import com.revreport.analysis.RejectedValue;
import com.revreport.analysis.QuarterFigures;
import com.revreport.close.QuarterClose;
import com.revreport.model.Reject;

/**
 * Everything one workbook shows.
 *
 * @param settings the thresholds the figures were computed with, which the sheets state in words
 * @param rejectedValue what the rejects were worth in the reporting currency
 * @param explanations the controller's explanations matched to the reconciliation rows
 * @param close the version this workbook is, the quarter's versions and sign-offs, and what changed
 */
public record ReportContent(QuarterFigures figures, List<Reject> rejects, RunAudit audit, AnalysisSettings settings,
        RejectedValue rejectedValue, Explanations explanations, QuarterClose close) {

    /** Content of a quarter's first version, published when the run finished. */
    public ReportContent(QuarterFigures figures, List<Reject> rejects, RunAudit audit, AnalysisSettings settings,
            RejectedValue rejectedValue, Explanations explanations) {
        this(figures, rejects, audit, settings, rejectedValue, explanations, QuarterClose.first(
                figures.period().quarter().label(), audit == null || audit.finished() == null ? Instant.EPOCH
                        : audit.finished()));
    }

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
