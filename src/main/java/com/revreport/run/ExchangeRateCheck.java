package com.revreport.run;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Which (month, currency) pairs an amount needs a rate for and the store has none. */
final class ExchangeRateCheck {

    private ExchangeRateCheck() {
    }

    /**
     * @param needed pairs as {@code 2024-03 EUR}, repeats allowed
     * @param available the pairs that have a rate
     */
    static SortedSet<String> missing(Stream<String> needed, Set<String> available, String reportingCurrency) {
        SortedSet<String> missing = new TreeSet<>();
        needed.filter(pair -> !pair.endsWith(" " + reportingCurrency)).filter(pair -> !available.contains(pair))
                .forEach(missing::add);
        return missing;
    }
}
