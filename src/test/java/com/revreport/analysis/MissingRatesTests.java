package com.revreport.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.revreport.analysis.MissingExchangeRatesException.MissingRate;
import com.revreport.model.FxRate;

class MissingRatesTests {

    private static MissingRate pair(String month, String currency) {
        return new MissingRate(YearMonth.parse(month), currency);
    }

    private static FxRate rate(String month, String currency) {
        return new FxRate(YearMonth.parse(month), currency, BigDecimal.ONE);
    }

    @Test
    void amountNeedsTheRateOfItsOwnMonthAndCurrencyButNotForTheReportingCurrency() {
        List<MissingRate> missing = MissingRates.among(Stream.of(pair("2024-02", "EUR"), pair("2024-01", "EUR"),
                pair("2024-01", "USD"), pair("2024-02", "CHF"), pair("2024-02", "EUR")),
                List.of(rate("2024-01", "EUR")), "USD");

        // January's EUR has its rate and USD needs none; February's EUR (listed twice) and CHF have none
        assertThat(missing).containsExactly(pair("2024-02", "CHF"), pair("2024-02", "EUR"));
    }

    @Test
    void codesAreComparedTrimmedAndInUpperCase() {
        assertThat(MissingRates.among(Stream.of(pair("2024-01", " eur"), pair("2024-01", "usd ")),
                List.of(rate("2024-01", "EUR ")), "USD")).isEmpty();
    }
}
