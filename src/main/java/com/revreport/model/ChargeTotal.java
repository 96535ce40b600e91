package com.revreport.model;

import java.math.BigDecimal;

/** Sum of the accepted lines of one month for one client, segment, charge type and currency. */
public record ChargeTotal(String clientId, String segment, ChargeType chargeType, String currency, BigDecimal amount) {
}
