package com.revreport.analysis;

import java.math.BigDecimal;

/** A client's place in a scope; {@code shareChange} is null when the client had no positive revenue in the prior quarter. */
public record ClientShare(int rank, String clientId, String clientName, BigDecimal revenue, BigDecimal share,
        BigDecimal cumulativeShare, boolean majorCustomer, BigDecimal shareChange) {
}
