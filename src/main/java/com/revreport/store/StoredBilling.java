package com.revreport.store;

import java.util.List;
import java.util.Map;

import com.revreport.model.BillingTotal;

/**
 * What the store holds of the billing: the net totals and each client's newest name.
 *
 * @param totals net billed amount per month, client, segment and currency
 * @param clientNames client id to the name it carried in the newest month it was billed
 */
public record StoredBilling(List<BillingTotal> totals, Map<String, String> clientNames) {
}
