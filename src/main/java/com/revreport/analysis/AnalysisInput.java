package com.revreport.analysis;

import java.util.List;
import java.util.Map;

import com.revreport.calendar.FiscalQuarter;
import com.revreport.model.BillingTotal;
import com.revreport.model.FxRate;
import com.revreport.model.LedgerEntry;

/**
 * Everything the figures are computed from, as the store holds it.
 *
 * @param quarter the quarter to report, or {@code null} for the one holding the newest billing month
 * @param clientNames newest display name per client id
 */
public record AnalysisInput(List<BillingTotal> billing, List<LedgerEntry> ledger, List<FxRate> rates,
        Map<String, String> clientNames, FiscalQuarter quarter) {
}
