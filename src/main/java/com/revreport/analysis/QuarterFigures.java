package com.revreport.analysis;

import java.util.List;

import com.revreport.analysis.MissingExchangeRatesException.MissingRate;

/**
 * Every figure of one quarter's report (docs/finance-guide.md), in reporting currency.
 *
 * @param noComparisonRates each month of a comparison quarter and currency billed in the range without a rate
 *        then, which leaves constant-currency figures blank
 */
public record QuarterFigures(ReportPeriod period, String reportingCurrency, List<SegmentReconciliation> reconciliation,
        List<ConcentrationScope> concentration, List<ScopeGrowth> growth, List<MonthlyRevenue> monthly,
        List<ClientRevenue> clients, List<MissingRate> noComparisonRates) {

    /** Figures with every comparison rate there. */
    public QuarterFigures(ReportPeriod period, String reportingCurrency, List<SegmentReconciliation> reconciliation,
            List<ConcentrationScope> concentration, List<ScopeGrowth> growth, List<MonthlyRevenue> monthly,
            List<ClientRevenue> clients) {
        this(period, reportingCurrency, reconciliation, concentration, growth, monthly, clients, List.of());
    }

    /** Scope name of the entity as a whole: revenue summed over segments. */
    public static final String ALL_SEGMENTS = "All segments";
}
