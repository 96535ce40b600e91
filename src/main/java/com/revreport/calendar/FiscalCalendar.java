package com.revreport.calendar;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Which quarter a report covers and how far into it the billing has got (docs/finance-guide.md). */
public final class FiscalCalendar {

    private FiscalCalendar() {
    }

    /**
     * The quarter to report when none is asked for: the one holding the newest billing month.
     *
     * @throws IllegalArgumentException when there is no billing at all
     */
    public static FiscalQuarter quarterOfNewest(Collection<YearMonth> billedMonths, int startMonth) {
        if (billedMonths.isEmpty()) {
            throw new IllegalArgumentException("there is no billing to report on");
        }
        return FiscalQuarter.containing(Collections.max(billedMonths), startMonth);
    }

    /**
     * The months the report covers: the quarter's first k months, k = position of its newest billed
     * month. Months before that without billing stay in range (they are reported as missing, at zero)
     * because finance would rather see a gap than have it silently shorten the quarter. Empty when the
     * quarter has no billing at all.
     */
    public static List<YearMonth> monthsInRange(FiscalQuarter quarter, Set<YearMonth> billedMonths) {
        List<YearMonth> months = quarter.months();
        int k = 0;
        for (int i = 0; i < months.size(); i++) {
            if (billedMonths.contains(months.get(i))) {
                k = i + 1;
            }
        }
        return quarter.firstMonths(k);
    }

    /** The {@code count} months ending at {@code end}, oldest first (the chart series). */
    public static List<YearMonth> trailingMonths(YearMonth end, int count) {
        List<YearMonth> months = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            months.add(end.minusMonths(i));
        }
        return List.copyOf(months);
    }
}
