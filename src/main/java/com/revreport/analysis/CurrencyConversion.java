package com.revreport.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.revreport.analysis.MissingExchangeRatesException.MissingRate;
import com.revreport.model.BillingTotal;
import com.revreport.model.FxRate;
import com.revreport.model.LedgerEntry;

/**
 * Brings billing and ledger amounts into the reporting currency with the average rate of their own
 * month. Products are exact (no MathContext): precision is lost only when the workbook rounds.
 */
final class CurrencyConversion {

    private final String reportingCurrency;

    private final Map<MissingRate, BigDecimal> rates = new HashMap<>();

    private final List<FxRate> fxRates;

    CurrencyConversion(String reportingCurrency, List<FxRate> fxRates) {
        this.reportingCurrency = MissingRates.code(reportingCurrency);
        this.fxRates = fxRates;
        for (FxRate fx : fxRates) {
            if (fx.rate().signum() <= 0) {
                throw new IllegalArgumentException("exchange rate must be above zero: " + fx);
            }
            MissingRate key = MissingRates.pair(fx.month(), fx.currency());
            BigDecimal earlier = rates.putIfAbsent(key, fx.rate());
            if (earlier != null && earlier.compareTo(fx.rate()) != 0) {
                // two different rates for one month would make every figure depend on input order
                throw new IllegalArgumentException("two exchange rates for " + key + ": " + earlier + " and " + fx.rate());
            }
        }
    }

    /**
     * Fails before converting anything when some amount lacks a rate, so the message can list every
     * missing pair, not just the first one met.
     */
    void requireRates(List<BillingTotal> billing, List<LedgerEntry> ledger) {
        List<MissingRate> missing = MissingRates.among(Stream.concat(
                billing.stream().map(b -> new MissingRate(b.month(), b.currency())),
                ledger.stream().map(l -> new MissingRate(l.month(), l.currency()))), fxRates, reportingCurrency);
        if (!missing.isEmpty()) {
            throw new MissingExchangeRatesException(reportingCurrency, missing);
        }
    }

    /** Whether an amount of {@code currency} billed in {@code month} can be brought into the reporting currency. */
    boolean converts(YearMonth month, String currency) {
        MissingRate key = MissingRates.pair(month, currency);
        return key.currency().equals(reportingCurrency) || rates.containsKey(key);
    }

    BigDecimal toReporting(YearMonth month, String currency, BigDecimal amount) {
        MissingRate key = MissingRates.pair(month, currency);
        if (key.currency().equals(reportingCurrency)) {
            return amount;
        }
        BigDecimal rate = rates.get(key);
        if (rate == null) {
            throw new MissingExchangeRatesException(reportingCurrency, List.of(key));
        }
        return amount.multiply(rate);
    }
}
