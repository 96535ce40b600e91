package com.revreport.analysis;

import java.math.BigDecimal;

/** The thresholds of docs/finance-guide.md, as configured. */
public record AnalysisSettings(String reportingCurrency, int fiscalYearStartMonth, BigDecimal absTolerance,
        BigDecimal relTolerance, HhiBands hhiBands, BigDecimal majorCustomerThreshold) {

    public static AnalysisSettings defaults(int fiscalYearStartMonth) {
        return new AnalysisSettings("USD", fiscalYearStartMonth, new BigDecimal("1000.00"), new BigDecimal("0.005"),
                HhiBands.GUIDELINES_2023, new BigDecimal("0.10"));
    }
}
