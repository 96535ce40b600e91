package com.revreport.analysis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.revreport.analysis.MissingExchangeRatesException.MissingRate;
import com.revreport.model.BillingTotal;

/**
 * The range's revenue with the exchange rates held still (docs/finance-guide.md, "Constant currency"):
 * every amount of month k of the range at its currency's rate in month k of a comparison quarter, amounts
 * in the reporting currency as they are. Exact, like every conversion: the stored totals are sums of
 * lines in one currency, and a product distributes over a sum.
 */
final class ConstantCurrency {

    /** range month -> segment -> currency -> amount in that currency. */
    private final Map<YearMonth, Map<String, Map<String, BigDecimal>>> amounts = new HashMap<>();

    private final CurrencyConversion conversion;

    ConstantCurrency(List<BillingTotal> billing, Collection<YearMonth> range, CurrencyConversion conversion) {
        this.conversion = conversion;
        Set<YearMonth> months = new HashSet<>(range);
        for (BillingTotal line : billing) {
            if (months.contains(line.month())) {
                amounts.computeIfAbsent(line.month(), m -> new HashMap<>())
                        .computeIfAbsent(line.segment(), s -> new HashMap<>())
                        .merge(MissingRates.code(line.currency()), line.amount(), BigDecimal::add);
            }
        }
    }

    /**
     * The scope's revenue over {@code range} at the rates of {@code comparison}, month k at month k; null when
     * a currency the scope billed in the range has no rate in its comparison month.
     */
    BigDecimal revenue(String scope, List<YearMonth> range, List<YearMonth> comparison) {
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 0; k < range.size(); k++) {
            YearMonth rateMonth = comparison.get(k);
            for (Map.Entry<String, Map<String, BigDecimal>> segment : amounts.getOrDefault(range.get(k), Map.of())
                    .entrySet()) {
                if (!QuarterFigures.ALL_SEGMENTS.equals(scope) && !scope.equals(segment.getKey())) {
                    continue;
                }
                for (Map.Entry<String, BigDecimal> currency : segment.getValue().entrySet()) {
                    if (!conversion.converts(rateMonth, currency.getKey())) {
                        return null;
                    }
                    total = total.add(conversion.toReporting(rateMonth, currency.getKey(), currency.getValue()));
                }
            }
        }
        return total;
    }

    /** Each comparison month and currency billed in the range without a rate then, by month then currency. */
    Set<MissingRate> missing(List<YearMonth> range, List<YearMonth> comparison) {
        Set<MissingRate> missing = new TreeSet<>(MissingRate.ORDER);
        for (int k = 0; k < range.size(); k++) {
            YearMonth rateMonth = comparison.get(k);
            for (Map<String, BigDecimal> currencies : amounts.getOrDefault(range.get(k), Map.of()).values()) {
                for (String currency : currencies.keySet()) {
                    if (!conversion.converts(rateMonth, currency)) {
                        missing.add(new MissingRate(rateMonth, currency));
                    }
                }
            }
        }
        return missing;
    }
}
