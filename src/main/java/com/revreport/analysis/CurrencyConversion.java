package com.revreport.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

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

    CurrencyConversion(String reportingCurrency, List<FxRate> fxRates) {
        this.reportingCurrency = code(reportingCurrency);
        for (FxRate fx : fxRates) {
            if (fx.rate().signum() <= 0) {
                throw new IllegalArgumentException("exchange rate must be above zero: " + fx);
            }
            MissingRate key = new MissingRate(fx.month(), code(fx.currency()));
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
        TreeSet<MissingRate> missing = new TreeSet<>(MissingRate.ORDER);
        billing.forEach(b -> collectMissing(b.month(), b.currency(), missing));
        ledger.forEach(l -> collectMissing(l.month(), l.currency(), missing));
        if (!missing.isEmpty()) {
            throw new MissingExchangeRatesException(reportingCurrency, new ArrayList<>(missing));
        }
    }

    BigDecimal toReporting(YearMonth month, String currency, BigDecimal amount) {
        String code = code(currency);
        if (code.equals(reportingCurrency)) {
            return amount;
        }
        BigDecimal rate = rates.get(new MissingRate(month, code));
        if (rate == null) {
            throw new MissingExchangeRatesException(reportingCurrency, List.of(new MissingRate(month, code)));
        }
        return amount.multiply(rate);
    }

    private void collectMissing(YearMonth month, String currency, TreeSet<MissingRate> missing) {
        String code = code(currency);
        MissingRate key = new MissingRate(month, code);
        if (!code.equals(reportingCurrency) && !rates.containsKey(key)) {
            missing.add(key);
        }
    }

    private static String code(String currency) {
        return currency.trim().toUpperCase(Locale.ROOT);
    }
}
