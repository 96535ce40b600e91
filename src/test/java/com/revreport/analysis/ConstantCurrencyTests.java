package com.revreport.analysis;

import static com.revreport.analysis.Fixture.bd;
import static com.revreport.analysis.Fixture.growth;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.revreport.analysis.MissingExchangeRatesException.MissingRate;

/**
 * Growth with the rates held still, worked by hand. Calendar quarters (fiscal year from January): FY2024-Q1
 * is January to March 2024, compared with FY2024-Q4 of the year before (October to December 2023) and
 * FY2023-Q1 (January to March 2023).
 */
class ConstantCurrencyTests {

    /** Europe: one client billing in EUR; Cloud: one in USD, the reporting currency. */
    private static Fixture twoSegments() {
        Fixture f = new Fixture().quarter("FY2024-Q1");
        for (String month : new String[] { "2023-01", "2023-02", "2023-03" }) {
            f.bill(month, "EU1", "Europe", "800", "EUR").rate(month, "EUR", "1.00");
            f.bill(month, "US1", "Cloud", "900", "USD");
        }
        for (String month : new String[] { "2023-10", "2023-11", "2023-12" }) {
            f.bill(month, "EU1", "Europe", "1000", "EUR").rate(month, "EUR", "1.10");
            f.bill(month, "US1", "Cloud", "1000", "USD");
        }
        for (String month : new String[] { "2024-01", "2024-02", "2024-03" }) {
            f.bill(month, "EU1", "Europe", "1100", "EUR").rate(month, "EUR", "1.05");
            f.bill(month, "US1", "Cloud", "1200", "USD");
        }
        return f;
    }

    @Test
    void aWeakerEuroTakesFromReportedGrowthWhatConstantCurrencyGivesBack() {
        ScopeGrowth europe = growth(twoSegments().analyse(), "Europe");

        // reported: 3 x 1,100 EUR x 1.05 = 3,465.00 against 3 x 1,000 x 1.10 = 3,300.00: QoQ 5%
        assertThat(europe.revenue()).isEqualByComparingTo("3465.00");
        assertThat(europe.qoq()).isEqualByComparingTo("0.05");
        // at the prior quarter's rates: 3 x 1,100 x 1.10 = 3,630.00 against 3,300.00: 10%; the euro cost 5 pp
        assertThat(europe.qoqConstantCurrency()).isEqualByComparingTo("0.10");
        assertThat(europe.fxEffectQoq()).isEqualByComparingTo("-5.00");
        // a year before: 3 x 800 x 1.00 = 2,400.00. Reported 3,465 / 2,400 - 1 = 0.44375; at that year's rates
        // 3 x 1,100 x 1.00 = 3,300.00, 3,300 / 2,400 - 1 = 0.375; the euro, stronger since, gave 6.875 pp
        assertThat(europe.yoy()).isEqualByComparingTo("0.44375");
        assertThat(europe.yoyConstantCurrency()).isEqualByComparingTo("0.375");
        assertThat(europe.fxEffectYoy()).isEqualByComparingTo("6.875");
    }

    @Test
    void aScopeBilledInTheReportingCurrencyOnlyHasNoFxEffectAndTheEntityHasItsShare() {
        QuarterFigures figures = twoSegments().analyse();
        ScopeGrowth cloud = growth(figures, "Cloud");
        ScopeGrowth all = growth(figures, QuarterFigures.ALL_SEGMENTS);

        // 3,600.00 against 3,000.00 at any rates: 20% both ways
        assertThat(cloud.qoqConstantCurrency()).isEqualByComparingTo(cloud.qoq()).isEqualByComparingTo("0.2");
        assertThat(cloud.fxEffectQoq()).isEqualByComparingTo("0");
        assertThat(cloud.fxEffectYoy()).isEqualByComparingTo("0");
        // All segments: reported (3,465 + 3,600) / (3,300 + 3,000) - 1 = 7,065 / 6,300 - 1; at the prior
        // quarter's rates (3,630 + 3,600) / 6,300 - 1 = 7,230 / 6,300 - 1; FX effect -165 / 6,300 x 100 pp
        MathContext digits = MathContext.DECIMAL64;
        assertThat(all.qoq().round(digits)).isEqualByComparingTo(bd("7065").divide(bd("6300"), MathContext.DECIMAL128)
                .subtract(BigDecimal.ONE).round(digits));
        assertThat(all.qoqConstantCurrency().round(digits)).isEqualByComparingTo(bd("7230").divide(bd("6300"),
                MathContext.DECIMAL128).subtract(BigDecimal.ONE).round(digits));
        assertThat(all.fxEffectQoq().round(digits)).isEqualByComparingTo(bd("-16500").divide(bd("6300"),
                MathContext.DECIMAL128).round(digits));
    }

    @Test
    void aCurrencyWithoutARateInItsComparisonMonthBlanksTheScopesItTouchesAndNothingElse() {
        // a new client billing in CHF this quarter only, rated in 2024 and never before
        Fixture f = twoSegments();
        for (String month : new String[] { "2024-01", "2024-02", "2024-03" }) {
            f.bill(month, "CH1", "Europe", "100", "CHF").rate(month, "CHF", "1.20");
        }
        QuarterFigures figures = f.analyse();
        ScopeGrowth europe = growth(figures, "Europe");
        ScopeGrowth all = growth(figures, QuarterFigures.ALL_SEGMENTS);
        ScopeGrowth cloud = growth(figures, "Cloud");

        // reported as ever: 3,465.00 + 3 x 100 x 1.20 = 3,825.00, QoQ (3,825 - 3,300) / 3,300
        assertThat(europe.revenue()).isEqualByComparingTo("3825.00");
        assertThat(europe.qoq()).isEqualByComparingTo(bd("525").divide(bd("3300"), MathContext.DECIMAL128));
        assertThat(europe.qoqConstantCurrency()).isNull();
        assertThat(europe.fxEffectQoq()).isNull();
        assertThat(europe.yoyConstantCurrency()).isNull();
        assertThat(all.qoqConstantCurrency()).isNull();
        assertThat(all.fxEffectYoy()).isNull();
        // Cloud bills no CHF: untouched
        assertThat(cloud.fxEffectQoq()).isEqualByComparingTo("0");
        // every comparison month in which CHF has no rate, once
        assertThat(figures.noComparisonRates()).containsExactly(
                new MissingRate(YearMonth.parse("2023-01"), "CHF"), new MissingRate(YearMonth.parse("2023-02"), "CHF"),
                new MissingRate(YearMonth.parse("2023-03"), "CHF"), new MissingRate(YearMonth.parse("2023-10"), "CHF"),
                new MissingRate(YearMonth.parse("2023-11"), "CHF"), new MissingRate(YearMonth.parse("2023-12"), "CHF"));
    }

    @Test
    void aQuarterToDateComparesEachMonthAtTheRateOfTheSameMonthOfTheComparisonQuarter() {
        Fixture f = new Fixture().quarter("FY2024-Q1");
        f.bill("2023-10", "EU1", "Europe", "1000", "EUR").rate("2023-10", "EUR", "1.10");
        f.bill("2023-11", "EU1", "Europe", "1000", "EUR").rate("2023-11", "EUR", "1.20");
        f.bill("2023-12", "EU1", "Europe", "1000", "EUR").rate("2023-12", "EUR", "1.50");
        f.bill("2024-01", "EU1", "Europe", "1100", "EUR").rate("2024-01", "EUR", "1.05");
        f.bill("2024-02", "EU1", "Europe", "1100", "EUR").rate("2024-02", "EUR", "1.05");

        ScopeGrowth europe = growth(f.analyse(), "Europe");

        // two months to date against October and November: 1,000 x 1.10 + 1,000 x 1.20 = 2,300.00;
        // reported 2 x 1,100 x 1.05 = 2,310.00; January at October's rate and February at November's,
        // 1,100 x 1.10 + 1,100 x 1.20 = 2,530.00 (December's 1.50 plays no part): 10%
        assertThat(europe.priorQuarter()).isEqualByComparingTo("2300.00");
        assertThat(europe.qoq()).isEqualByComparingTo(bd("10").divide(bd("2300"), MathContext.DECIMAL128));
        assertThat(europe.qoqConstantCurrency()).isEqualByComparingTo("0.1");
        // (10 - 230) / 2,300 x 100 = -220 / 23 pp
        assertThat(europe.fxEffectQoq().round(MathContext.DECIMAL64)).isEqualByComparingTo(
                bd("-220").divide(bd("23"), MathContext.DECIMAL64));
    }
}
