package com.revreport.analysis;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.revreport.model.ExpectedFailure;

/**
 * Amounts need rates the input does not have. Nothing is reported with a guessed rate, and the
 * message lists every missing pair so that one fix of the FX file is enough.
 */
public class MissingExchangeRatesException extends ExpectedFailure {

    private static final long serialVersionUID = 1L;

    /** A month and currency that some billing or ledger amount needs a rate for. */
    public record MissingRate(YearMonth month, String currency) {

        static final Comparator<MissingRate> ORDER = Comparator.comparing(MissingRate::month)
                .thenComparing(MissingRate::currency);

        @Override
        public String toString() {
            return month + " " + currency;
        }
    }

    private final transient List<MissingRate> missing;

    public MissingExchangeRatesException(String reportingCurrency, List<MissingRate> missing) {
        super(message(reportingCurrency, missing));
        this.missing = missing.stream().sorted(MissingRate.ORDER).toList();
    }

    /** Every missing pair, by month then currency. */
    public List<MissingRate> missing() {
        return missing;
    }

    private static String message(String reportingCurrency, List<MissingRate> missing) {
        return "Missing exchange rates to " + reportingCurrency + " for " + missing.size() + " (month, currency) pair"
                + (missing.size() == 1 ? "" : "s") + ": "
                + missing.stream().sorted(MissingRate.ORDER).map(MissingRate::toString).collect(Collectors.joining(", "));
    }
}
