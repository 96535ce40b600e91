package com.revreport.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Net billed amount of one client in one segment, month and billing currency, summed over
 * charge types (credits included), before conversion to the reporting currency.
 */
public record BillingTotal(YearMonth month, String clientId, String segment, String currency, BigDecimal amount) {
}
