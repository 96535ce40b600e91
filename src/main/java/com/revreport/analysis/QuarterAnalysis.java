package com.revreport.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import com.revreport.analysis.MissingExchangeRatesException.MissingRate;
import com.revreport.model.BillingTotal;
import com.revreport.model.LedgerEntry;

/**
 * Computes every figure of one quarter's report (docs/finance-guide.md) from the monthly totals the
 * store holds. Plain Java, no I/O: the same input always gives the same figures.
 */
public final class QuarterAnalysis {

    /**
     * @throws MissingExchangeRatesException when any billing or ledger amount, in any month of the
     *         input, needs a rate the input does not have
     * @throws NoBillingInQuarterException when there is no billing, or none in the quarter asked for
     * @throws IllegalArgumentException when the quarter and the settings disagree on the fiscal year
     */
    public QuarterFigures analyse(AnalysisInput input, AnalysisSettings settings) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(settings, "settings");
        List<BillingTotal> billing = orEmpty(input.billing());
        List<LedgerEntry> ledger = orEmpty(input.ledger());

        CurrencyConversion conversion = new CurrencyConversion(settings.reportingCurrency(), orEmpty(input.rates()));
        // checked over the whole input, not only the months reported: a gap in the rates is a broken
        // input wherever it is, and finance wants to hear about it now rather than next quarter
        conversion.requireRates(billing, ledger);
        BilledRevenue billed = new BilledRevenue(billing, conversion);
        ReportPeriods periods = ReportPeriods.of(input.quarter(), billed.billedMonths(), settings.fiscalYearStartMonth());

        Map<String, String> names = input.clientNames() == null ? Map.of() : input.clientNames();
        Function<String, String> clientName = id -> names.getOrDefault(id, id);

        List<SegmentReconciliation> reconciliation = new Reconciliation(settings).reconcile(periods, billed, ledger,
                conversion);

        Concentration concentration = new Concentration(settings);
        List<ConcentrationScope> concentrationScopes = new ArrayList<>();
        for (String scope : scopes(billed.segmentsBilledIn(periods.months()))) {
            concentrationScopes.add(concentration.scope(scope, billed.byClient(scope, periods.months()),
                    billed.byClient(scope, periods.priorQuarter()), clientName));
        }

        ConstantCurrency constantCurrency = new ConstantCurrency(billing, periods.months(), conversion);
        Growth growth = new Growth(billed, periods, constantCurrency);
        List<YearMonth> growthMonths = new ArrayList<>(periods.months());
        growthMonths.addAll(periods.priorQuarter());
        growthMonths.addAll(periods.priorYearQuarter());
        growthMonths.addAll(growth.trailingTwelveMonths());
        List<ScopeGrowth> growthScopes = new ArrayList<>();
        List<MonthlyRevenue> monthly = new ArrayList<>();
        // a segment that has stopped billing still has growth to show (down 100%), so the growth
        // scopes are those billed in any month the growth figures look at
        for (String scope : scopes(billed.segmentsBilledIn(growthMonths))) {
            growthScopes.add(growth.scope(scope));
            monthly.addAll(growth.monthly(scope));
        }

        List<ClientRevenue> clients = new ClientComparison(billed, periods).clients(clientName);
        Set<MissingRate> noComparisonRates = new TreeSet<>(MissingRate.ORDER);
        noComparisonRates.addAll(constantCurrency.missing(periods.months(), periods.priorQuarter()));
        noComparisonRates.addAll(constantCurrency.missing(periods.months(), periods.priorYearQuarter()));
        return new QuarterFigures(periods.period(), settings.reportingCurrency(), List.copyOf(reconciliation),
                List.copyOf(concentrationScopes), List.copyOf(growthScopes), List.copyOf(monthly), clients,
                List.copyOf(noComparisonRates));
    }

    /** The entity as a whole first, then each segment by name. */
    private static List<String> scopes(Set<String> segments) {
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add(QuarterFigures.ALL_SEGMENTS);
        scopes.addAll(segments);
        return List.copyOf(scopes);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
