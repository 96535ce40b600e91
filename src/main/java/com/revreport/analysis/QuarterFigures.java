package com.revreport.analysis;

import java.util.List;

/** Every figure of one quarter's report (docs/finance-guide.md), in reporting currency. */
public record QuarterFigures(ReportPeriod period, String reportingCurrency, List<SegmentReconciliation> reconciliation,
        List<ConcentrationScope> concentration, List<ScopeGrowth> growth, List<MonthlyRevenue> monthly,
        List<ClientRevenue> clients) {

    /** Scope name of the entity as a whole: revenue summed over segments. */
    public static final String ALL_SEGMENTS = "All segments";
}
