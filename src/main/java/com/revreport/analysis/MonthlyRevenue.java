package com.revreport.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One point of a scope's trailing-12-month revenue series. */
public record MonthlyRevenue(String scope, YearMonth month, BigDecimal revenue) {
}
