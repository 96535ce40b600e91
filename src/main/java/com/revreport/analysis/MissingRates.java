package com.revreport.analysis;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.revreport.analysis.MissingExchangeRatesException.MissingRate;
import com.revreport.model.FxRate;

/**
 * The one statement of "a missing exchange rate": an amount in a month and currency needs that month's
 * rate for that currency, unless the currency is the reporting currency. Codes are compared trimmed and in
 * upper case. The figures apply it before converting, and the run applies it while loading, so that a month
 * whose amounts lack a rate is never put in the store in place of one that had them.
 */
public final class MissingRates {

    private MissingRates() {
    }

    /**
     * @param needed the (month, currency) pairs amounts are in, repeats allowed
     * @return the needed pairs without a rate, each once, by month then currency
     */
    public static List<MissingRate> among(Stream<MissingRate> needed, Collection<FxRate> rates,
            String reportingCurrency) {
        Set<MissingRate> rated = rates.stream().map(r -> pair(r.month(), r.currency())).collect(Collectors.toSet());
        String reporting = code(reportingCurrency);
        TreeSet<MissingRate> missing = new TreeSet<>(MissingRate.ORDER);
        needed.map(p -> pair(p.month(), p.currency())).filter(p -> !p.currency().equals(reporting))
                .filter(p -> !rated.contains(p)).forEach(missing::add);
        return List.copyOf(missing);
    }

    /** A month and currency as rates are looked up by. */
    static MissingRate pair(YearMonth month, String currency) {
        return new MissingRate(month, code(currency));
    }

    static String code(String currency) {
        return currency.trim().toUpperCase(Locale.ROOT);
    }
}
