package com.revreport.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.revreport.calendar.FiscalQuarter;
import com.revreport.model.BillingTotal;
import com.revreport.model.FxRate;
import com.revreport.model.LedgerEntry;

/** Builds a small input by hand, in USD unless told otherwise. */
final class Fixture {

    static final String CLOUD = "Cloud";

    private final List<BillingTotal> billing = new ArrayList<>();

    private final List<LedgerEntry> ledger = new ArrayList<>();

    private final List<FxRate> rates = new ArrayList<>();

    private final Map<String, String> names = new HashMap<>();

    private String quarter;

    private AnalysisSettings settings = AnalysisSettings.defaults(1);

    static Fixture fiscalYearStartingIn(int month) {
        Fixture fixture = new Fixture();
        fixture.settings = AnalysisSettings.defaults(month);
        return fixture;
    }

    Fixture bill(String month, String client, String amount) {
        return bill(month, client, CLOUD, amount, "USD");
    }

    Fixture bill(String month, String client, String segment, String amount) {
        return bill(month, client, segment, amount, "USD");
    }

    Fixture bill(String month, String client, String segment, String amount, String currency) {
        billing.add(new BillingTotal(YearMonth.parse(month), client, segment, currency, new BigDecimal(amount)));
        return this;
    }

    Fixture ledger(String month, String segment, String revenue) {
        return ledger(month, segment, revenue, "USD");
    }

    Fixture ledger(String month, String segment, String revenue, String currency) {
        ledger.add(new LedgerEntry(YearMonth.parse(month), segment, currency, new BigDecimal(revenue)));
        return this;
    }

    Fixture rate(String month, String currency, String rate) {
        rates.add(new FxRate(YearMonth.parse(month), currency, new BigDecimal(rate)));
        return this;
    }

    Fixture name(String client, String name) {
        names.put(client, name);
        return this;
    }

    Fixture quarter(String label) {
        this.quarter = label;
        return this;
    }

    Fixture settings(AnalysisSettings settings) {
        this.settings = settings;
        return this;
    }

    AnalysisInput input() {
        FiscalQuarter q = quarter == null ? null : FiscalQuarter.parse(quarter, settings.fiscalYearStartMonth());
        return new AnalysisInput(billing, ledger, rates, names, q);
    }

    QuarterFigures analyse() {
        return new QuarterAnalysis().analyse(input(), settings);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    static ConcentrationScope concentration(QuarterFigures figures, String scope) {
        return figures.concentration().stream().filter(c -> c.scope().equals(scope)).findFirst().orElseThrow();
    }

    static ScopeGrowth growth(QuarterFigures figures, String scope) {
        return figures.growth().stream().filter(g -> g.scope().equals(scope)).findFirst().orElseThrow();
    }

    static ClientRevenue client(QuarterFigures figures, String clientId, String segment) {
        return figures.clients().stream().filter(c -> c.clientId().equals(clientId) && c.segment().equals(segment))
                .findFirst().orElseThrow();
    }

    static ClientShare share(ConcentrationScope scope, String clientId) {
        return scope.clients().stream().filter(c -> c.clientId().equals(clientId)).findFirst().orElseThrow();
    }
}
