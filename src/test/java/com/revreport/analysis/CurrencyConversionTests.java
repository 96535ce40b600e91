package com.revreport.analysis;

import static com.revreport.analysis.Fixture.CLOUD;
import static com.revreport.analysis.Fixture.growth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.revreport.analysis.MissingExchangeRatesException.MissingRate;

class CurrencyConversionTests {

    @Test
    void eachMonthIsConvertedWithItsOwnRate() {
        QuarterFigures figures = new Fixture().bill("2024-01", "A", CLOUD, "100", "EUR").rate("2024-01", "EUR", "1.10")
                .bill("2024-02", "A", CLOUD, "100", "EUR").rate("2024-02", "EUR", "1.20")
                .bill("2024-03", "A", CLOUD, "50", "USD").analyse();

        // 100 x 1.10 + 100 x 1.20 + 50 (USD needs no rate) = 110 + 120 + 50
        assertThat(growth(figures, CLOUD).revenue()).isEqualByComparingTo("280");
    }

    @Test
    void conversionKeepsFullPrecision() {
        QuarterFigures figures = new Fixture().bill("2024-01", "A", CLOUD, "100.000001", "GBP")
                .rate("2024-01", "GBP", "1.123456").analyse();

        // 100.000001 x 1.123456 = 112.3456 + 0.000001123456 = 112.345601123456, nothing rounded
        assertThat(growth(figures, CLOUD).revenue()).isEqualTo("112.345601123456");
    }

    @Test
    void everyMissingRateIsListedSortedByMonthThenCurrency() {
        Fixture fixture = new Fixture().bill("2024-02", "A", CLOUD, "1", "GBP").bill("2024-01", "A", CLOUD, "1", "EUR")
                .bill("2024-01", "B", CLOUD, "1", "CHF").bill("2024-01", "C", CLOUD, "1", "EUR")
                .bill("2024-02", "A", CLOUD, "1", "EUR").rate("2024-02", "EUR", "1.1")
                .ledger("2024-03", CLOUD, "1", "JPY")
                .bill("2023-05", "A", CLOUD, "1", "EUR") // outside the reported quarter: still needs a rate
                .bill("2024-03", "A", CLOUD, "1", "USD");

        assertThatThrownBy(fixture::analyse).isInstanceOfSatisfying(MissingExchangeRatesException.class, e -> {
            assertThat(e.missing()).containsExactly(new MissingRate(YearMonth.of(2023, 5), "EUR"),
                    new MissingRate(YearMonth.of(2024, 1), "CHF"), new MissingRate(YearMonth.of(2024, 1), "EUR"),
                    new MissingRate(YearMonth.of(2024, 2), "GBP"), new MissingRate(YearMonth.of(2024, 3), "JPY"));
            assertThat(e).hasMessageContaining("2023-05 EUR, 2024-01 CHF, 2024-01 EUR, 2024-02 GBP, 2024-03 JPY");
        });
    }

    @Test
    void reportingCurrencyOtherThanUsdNeedsNoRateForItself() {
        AnalysisSettings euro = new AnalysisSettings("EUR", 1, new java.math.BigDecimal("1000.00"),
                new java.math.BigDecimal("0.005"), HhiBands.GUIDELINES_2023, new java.math.BigDecimal("0.10"));
        QuarterFigures figures = new Fixture().bill("2024-01", "A", CLOUD, "100", "EUR")
                .bill("2024-01", "B", CLOUD, "100", "USD").rate("2024-01", "USD", "0.9").settings(euro).analyse();

        assertThat(figures.reportingCurrency()).isEqualTo("EUR");
        assertThat(growth(figures, CLOUD).revenue()).isEqualByComparingTo("190"); // 100 + 100 x 0.9
    }
}
