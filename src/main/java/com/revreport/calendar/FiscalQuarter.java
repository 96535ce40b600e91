package com.revreport.calendar;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fiscal quarter. A fiscal year is named after the calendar year in which it ends: with a start
 * month of 7, FY2022 runs July 2021 to June 2022 and FY2022-Q3 is January to March 2022.
 */
public record FiscalQuarter(int fiscalYear, int quarter, int startMonth) {

    private static final Pattern LABEL = Pattern.compile("FY(\\d{4})-Q([1-4])");

    public FiscalQuarter {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("fiscal-year-start-month must be 1-12, was " + startMonth);
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1-4, was " + quarter);
        }
    }

    public static FiscalQuarter containing(YearMonth month, int startMonth) {
        int monthsIntoYear = Math.floorMod(month.getMonthValue() - startMonth, 12);
        YearMonth yearStart = month.minusMonths(monthsIntoYear);
        int fiscalYear = yearStart.plusMonths(11).getYear();
        return new FiscalQuarter(fiscalYear, monthsIntoYear / 3 + 1, startMonth);
    }

    /** @throws IllegalArgumentException when the label is not {@code FYyyyy-Qn} */
    public static FiscalQuarter parse(String label, int startMonth) {
        Matcher m = LABEL.matcher(label == null ? "" : label.trim().toUpperCase());
        if (!m.matches()) {
            throw new IllegalArgumentException("quarter must look like FY2024-Q3, was '" + label + "'");
        }
        return new FiscalQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), startMonth);
    }

    public String label() {
        return "FY" + fiscalYear + "-Q" + quarter;
    }

    public YearMonth firstMonth() {
        // the fiscal year ends in calendar year fiscalYear, so it starts 11 months before its last month
        YearMonth yearStart = YearMonth.of(fiscalYear, startMonth).minusMonths(startMonth == 1 ? 0 : 12);
        return yearStart.plusMonths(3L * (quarter - 1));
    }

    public List<YearMonth> months() {
        YearMonth first = firstMonth();
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    /**
     * The quarter's first {@code k} months: a quarter-to-date report compares like with like, so the
     * earlier quarters it is measured against are cut to the same number of months.
     */
    public List<YearMonth> firstMonths(int k) {
        if (k < 0 || k > 3) {
            throw new IllegalArgumentException("a quarter has 1-3 months in range, was " + k);
        }
        return months().subList(0, k);
    }

    public boolean contains(YearMonth month) {
        return months().contains(month);
    }

    public FiscalQuarter previous() {
        return containing(firstMonth().minusMonths(3), startMonth);
    }

    public FiscalQuarter sameQuarterPriorYear() {
        return new FiscalQuarter(fiscalYear - 1, quarter, startMonth);
    }

    @Override
    public String toString() {
        return label();
    }
}
