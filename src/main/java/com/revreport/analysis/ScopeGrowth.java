package com.revreport.analysis;

import java.math.BigDecimal;

/** Growth of one scope; ratios are null (blank) when their base is zero or below. */
public record ScopeGrowth(String scope, BigDecimal revenue, BigDecimal priorQuarter, BigDecimal qoq,
        BigDecimal priorYearQuarter, BigDecimal yoy, BigDecimal runRate, int newClients, int churnedClients,
        BigDecimal nrr, BigDecimal grr) {
}
