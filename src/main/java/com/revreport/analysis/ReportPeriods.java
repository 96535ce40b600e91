package com.revreport.analysis;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.revreport.calendar.FiscalCalendar;
import com.revreport.calendar.FiscalQuarter;

/**
 * The reported range and the ranges it is compared with. A QTD report over k months is compared
 * with the first k months of the earlier quarters, so that a half-finished quarter never looks like
 * a collapse against a full one.
 */
record ReportPeriods(ReportPeriod period, List<YearMonth> priorQuarter, List<YearMonth> priorYearQuarter) {

    static ReportPeriods of(FiscalQuarter requested, Set<YearMonth> billedMonths, int fiscalYearStartMonth) {
        FiscalQuarter quarter = requested;
        if (quarter == null) {
            if (billedMonths.isEmpty()) {
                throw new NoBillingInQuarterException("There is no billing to report on");
            }
            quarter = FiscalCalendar.quarterOfNewest(billedMonths, fiscalYearStartMonth);
        } else if (quarter.startMonth() != fiscalYearStartMonth) {
            throw new IllegalArgumentException("quarter " + quarter + " was built for fiscal years starting in month "
                    + quarter.startMonth() + ", the settings say " + fiscalYearStartMonth);
        }
        List<YearMonth> months = FiscalCalendar.monthsInRange(quarter, billedMonths);
        if (months.isEmpty()) {
            throw new NoBillingInQuarterException("Quarter " + quarter + " (" + quarter.firstMonth() + " to "
                    + quarter.months().get(2) + ") has no billing");
        }
        List<YearMonth> missing = months.stream().filter(m -> !billedMonths.contains(m)).toList();
        int k = months.size();
        return new ReportPeriods(new ReportPeriod(quarter, months, missing), quarter.previous().firstMonths(k),
                quarter.sameQuarterPriorYear().firstMonths(k));
    }

    List<YearMonth> months() {
        return period.months();
    }

    /** The last month in range; it always has billing, by the definition of k. */
    YearMonth newestMonth() {
        return period.months().get(period.months().size() - 1);
    }

    FiscalQuarter quarter() {
        return period.quarter();
    }
}
