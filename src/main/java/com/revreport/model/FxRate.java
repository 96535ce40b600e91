package com.revreport.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Monthly average rate: units of the reporting currency for one unit of {@code currency}. */
public record FxRate(YearMonth month, String currency, BigDecimal rate) {
}
