package com.revreport.analysis;

import java.math.BigDecimal;

/**
 * Growth of one scope; ratios are null (blank) when their base is zero or below.
 *
 * @param qoqConstantCurrency QoQ with the range's amounts at the prior quarter's rates; null also when a
 *        currency lacks a rate then
 * @param fxEffectQoq QoQ - QoQ at constant currency, in percentage points: how much of the growth the rates made
 */
public record ScopeGrowth(String scope, BigDecimal revenue, BigDecimal priorQuarter, BigDecimal qoq,
        BigDecimal priorYearQuarter, BigDecimal yoy, BigDecimal runRate, int newClients, int churnedClients,
        BigDecimal nrr, BigDecimal grr, BigDecimal qoqConstantCurrency, BigDecimal yoyConstantCurrency,
        BigDecimal fxEffectQoq, BigDecimal fxEffectYoy) {

    /** Growth without its constant-currency figures (blank). */
    public ScopeGrowth(String scope, BigDecimal revenue, BigDecimal priorQuarter, BigDecimal qoq,
            BigDecimal priorYearQuarter, BigDecimal yoy, BigDecimal runRate, int newClients, int churnedClients,
            BigDecimal nrr, BigDecimal grr) {
        this(scope, revenue, priorQuarter, qoq, priorYearQuarter, yoy, runRate, newClients, churnedClients, nrr, grr,
                null, null, null, null);
    }
}
