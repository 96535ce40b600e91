package com.revreport.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A client's revenue in one segment: the quarter's three months (null for a month outside a QTD
 * range), the range total and its comparisons; ratios null when the base is zero or below.
 */
public record ClientRevenue(String clientId, String clientName, String segment, List<BigDecimal> months,
        BigDecimal quarter, BigDecimal priorQuarter, BigDecimal qoq, BigDecimal priorYearQuarter, BigDecimal yoy) {
}
