package com.revreport.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A controller's explanation of one reconciliation finding, from {@code input/explanations/*.csv}: the
 * variance it explains, in the reporting currency, so that a figure that moves since is seen as moved.
 *
 * @param period a month ({@code 2024-03}) or a quarter label ({@code FY2024-Q3}) for a segment's quarter row
 * @param date when it was written, or {@code null}
 * @param where the file and line it was read from, for the log
 */
public record Explanation(String segment, String period, BigDecimal variance, String text, String by, LocalDate date,
        String where) {
}
