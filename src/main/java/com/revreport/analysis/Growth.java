package com.revreport.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.revreport.calendar.FiscalCalendar;

/** Growth and retention of a scope (docs/finance-guide.md), and its trailing-12-month series for the chart. */
final class Growth {

    private static final BigDecimal MONTHS_PER_YEAR = new BigDecimal(12);

    private final BilledRevenue billed;

    private final ReportPeriods periods;

    private final ConstantCurrency constantCurrency;

    Growth(BilledRevenue billed, ReportPeriods periods, ConstantCurrency constantCurrency) {
        this.billed = billed;
        this.periods = periods;
        this.constantCurrency = constantCurrency;
    }

    ScopeGrowth scope(String scope) {
        Map<String, BigDecimal> now = billed.byClient(scope, periods.months());
        Map<String, BigDecimal> priorQuarter = billed.byClient(scope, periods.priorQuarter());
        Map<String, BigDecimal> priorYear = billed.byClient(scope, periods.priorYearQuarter());

        BigDecimal revenue = sum(now);
        BigDecimal priorQuarterRevenue = sum(priorQuarter);
        BigDecimal priorYearRevenue = sum(priorYear);

        int newClients = 0;
        int churnedClients = 0;
        for (String client : union(now, priorQuarter)) {
            boolean activeNow = positive(now.get(client));
            boolean activeBefore = positive(priorQuarter.get(client));
            newClients += activeNow && !activeBefore ? 1 : 0;
            churnedClients += activeBefore && !activeNow ? 1 : 0;
        }

        // retention follows the cohort that paid in the prior-year quarter, a year on
        BigDecimal cohortThen = BigDecimal.ZERO;
        BigDecimal cohortNow = BigDecimal.ZERO;
        BigDecimal cohortKept = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> client : priorYear.entrySet()) {
            if (!positive(client.getValue())) {
                continue;
            }
            BigDecimal then = client.getValue();
            BigDecimal current = now.getOrDefault(client.getKey(), BigDecimal.ZERO);
            cohortThen = cohortThen.add(then);
            cohortNow = cohortNow.add(current);
            // GRR counts no expansion and no more than a full loss of a client
            cohortKept = cohortKept.add(current.max(BigDecimal.ZERO).min(then));
        }

        BigDecimal runRate = billed.total(scope, periods.newestMonth()).multiply(MONTHS_PER_YEAR);
        BigDecimal qoq = Ratios.growth(revenue, priorQuarterRevenue);
        BigDecimal yoy = Ratios.growth(revenue, priorYearRevenue);
        BigDecimal qoqConstant = constantGrowth(scope, periods.priorQuarter(), priorQuarterRevenue);
        BigDecimal yoyConstant = constantGrowth(scope, periods.priorYearQuarter(), priorYearRevenue);
        return new ScopeGrowth(scope, revenue, priorQuarterRevenue, qoq, priorYearRevenue, yoy, runRate, newClients,
                churnedClients, Ratios.ratioOverPositiveBase(cohortNow, cohortThen),
                Ratios.ratioOverPositiveBase(cohortKept, cohortThen), qoqConstant, yoyConstant,
                fxEffect(qoq, qoqConstant), fxEffect(yoy, yoyConstant));
    }

    /** Growth over {@code base} of the range's revenue at the comparison quarter's rates; blank as growth is. */
    private BigDecimal constantGrowth(String scope, List<YearMonth> comparison, BigDecimal base) {
        BigDecimal atTheirRates = constantCurrency.revenue(scope, periods.months(), comparison);
        return atTheirRates == null ? null : Ratios.growth(atTheirRates, base);
    }

    /** The growth the rates made, in percentage points: reported minus constant-currency growth, times 100. */
    private static BigDecimal fxEffect(BigDecimal reported, BigDecimal constant) {
        return reported == null || constant == null ? null : reported.subtract(constant).movePointRight(2);
    }

    /** Twelve points ending at the newest month in range; months without billing are zero, not gaps. */
    List<MonthlyRevenue> monthly(String scope) {
        List<MonthlyRevenue> series = new ArrayList<>(12);
        for (YearMonth month : trailingTwelveMonths()) {
            series.add(new MonthlyRevenue(scope, month, billed.total(scope, month)));
        }
        return series;
    }

    List<YearMonth> trailingTwelveMonths() {
        return FiscalCalendar.trailingMonths(periods.newestMonth(), 12);
    }

    private static boolean positive(BigDecimal revenue) {
        return revenue != null && revenue.signum() > 0;
    }

    private static BigDecimal sum(Map<String, BigDecimal> byClient) {
        return byClient.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static java.util.Set<String> union(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        java.util.Set<String> clients = new java.util.HashSet<>(a.keySet());
        clients.addAll(b.keySet());
        return clients;
    }
}
