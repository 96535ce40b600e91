package com.revreport.ingest;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import com.revreport.ingest.format.MonthPattern;

/**
 * The months of one reader's month column, each written form parsed once: an export writes the same few
 * dates on every row (a FOCUS export one billing-period start a month), and parsing a date with
 * {@code java.time} costs more than the rest of the row.
 */
final class WrittenMonths {

    /** Forms kept; past it a form is parsed each time, so that an export of all-different dates cannot grow the map. */
    private static final int KEPT = 4096;

    private static final YearMonth NONE = YearMonth.of(1, 1);

    private final MonthPattern pattern;

    private final Map<String, YearMonth> parsed = new HashMap<>();

    WrittenMonths(MonthPattern pattern) {
        this.pattern = pattern;
    }

    /** The month {@code text} writes, or {@code null} when it is no date of the pattern. */
    YearMonth month(String text) {
        YearMonth month = parsed.get(text);
        if (month == null) {
            month = pattern.month(text);
            if (parsed.size() < KEPT) {
                parsed.put(text, month == null ? NONE : month);
            }
            return month;
        }
        return month == NONE ? null : month;
    }
}
