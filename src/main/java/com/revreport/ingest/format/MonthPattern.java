package com.revreport.ingest.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

/**
 * How a month column writes its dates: a {@code java.time} pattern, read strictly, so that
 * {@code 31.02.2024} is no date rather than the last of February. A row's month is its date's month as
 * written, whatever time or offset follows it.
 */
public final class MonthPattern {

    /** A date-time as cloud exports write it: {@code 2024-09-01T00:00:00Z} or {@code 2024-09-01 00:00:00}. */
    public static final String DATE_TIME = "yyyy-MM-dd['T'][' ']HH:mm:ss[X]";

    private final String pattern;

    private final DateTimeFormatter formatter;

    private MonthPattern(String pattern, DateTimeFormatter formatter) {
        this.pattern = pattern;
        this.formatter = formatter;
    }

    /**
     * @throws IllegalArgumentException with {@code java.time}'s reason when the pattern is not one, or
     *         when it does not hold a year and a month
     */
    public static MonthPattern of(String pattern) {
        DateTimeFormatter formatter = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                // strict resolution needs an era with a year-of-era (yyyy): the current one
                .parseDefaulting(ChronoField.ERA, 1).toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        MonthPattern month = new MonthPattern(pattern, formatter);
        String sample;
        try {
            sample = formatter.format(LocalDateTime.of(2024, 9, 1, 0, 0).atOffset(java.time.ZoneOffset.UTC));
        }
        catch (RuntimeException unprintable) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date pattern java.time can read a month with ("
                    + unprintable.getMessage() + ")");
        }
        if (!YearMonth.of(2024, 9).equals(month.month(sample))) {
            throw new IllegalArgumentException("'" + pattern + "' holds no year and month");
        }
        return month;
    }

    /** The month of {@code text}, or {@code null} when it does not match the pattern or is no real date. */
    public YearMonth month(String text) {
        try {
            TemporalAccessor parsed = formatter.parse(text);
            LocalDate date = parsed.query(TemporalQueries.localDate());
            return date != null ? YearMonth.from(date) : YearMonth.from(parsed);
        }
        catch (java.time.DateTimeException notADate) {
            return null;
        }
    }

    public String pattern() {
        return pattern;
    }

    /** Two patterns read the same months when they are the same pattern. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MonthPattern month && month.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
