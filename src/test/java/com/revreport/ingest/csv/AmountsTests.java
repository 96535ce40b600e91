package com.revreport.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTests {

    @ParameterizedTest
    @ValueSource(strings = { "0", "12", "-12", "12.5", "-0.000001", "1234567890123.123456", "007",
            "999999999999999999.999999", "-123456789012345678", "000000000000000001" })
    void acceptsPlainDecimalsOfUpTo18Digits(String text) {
        assertThat(Amounts.isPlainDecimal(text)).isTrue();
        assertThat(Amounts.whyNotPlainDecimal(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-", "1.", ".5", "1.1234567", "1,000", "1 000", "$5", "+5", "1e3", "--1", "1.2.3", "12a",
            "1234567890123456789.5x" })
    void rejectsAnythingElse(String text) {
        assertThat(Amounts.isPlainDecimal(text)).isFalse();
        assertThat(Amounts.whyNotPlainDecimal(text)).startsWith("is not a plain decimal (optional -, 1 to 18 digits");
    }

    @ParameterizedTest
    @CsvSource({ "1000000000000000000, 19", "-9999999999999999999.5, 19", "0000000000000000001, 19" })
    void rejectsMoreThan18DigitsBeforeThePointSayingHowMany(String text, int digits) {
        assertThat(Amounts.isPlainDecimal(text)).isFalse();
        assertThat(Amounts.whyNotPlainDecimal(text)).isEqualTo("has " + digits + " digits before the point, more than 18");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-3", "2024-13", "2024-00", "24-03", "2024/03", "2024-03-01", "20x4-03", "" })
    void rejectsMonthsThatAreNotYyyyMm(String text) {
        assertThat(Amounts.parseMonth(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-01", "1999-12" })
    void readsYyyyMmMonths(String text) {
        assertThat(Amounts.parseMonth(text)).isEqualTo(YearMonth.parse(text));
    }

    private static long micros(String text) {
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Amounts.micros(utf8, 0, utf8.length, Amounts.MAX_WHOLE_DIGITS);
    }

    @ParameterizedTest
    @CsvSource({ "12.5, 12500000", "-0.000001, -1", "0, 0", "-0.00, 0", "999999999999.999999, 999999999999999999",
            "007.1, 7100000", "0000000000000000.5, 500000" })
    void readsAmountsAsWholeMillionths(String text, long micros) {
        assertThat(micros(text)).isEqualTo(micros);
    }

    @ParameterizedTest
    @CsvSource({ "1234567890123.5, 1", "-1234567890123, -1", "999999999999999999.999999, 1" })
    void leavesAmountsBeyondTwelveWholeDigitsToBigDecimalKeepingTheirSign(String text, int signum) {
        assertThat(Amounts.isTooLarge(micros(text))).isTrue();
        assertThat(Long.signum(micros(text))).isEqualTo(signum);
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.1234567", "1,000", "1234567890123x", "-", "9999999999999999999" })
    void readsNoMillionthsFromAnythingButAPlainDecimal(String text) {
        assertThat(micros(text)).isEqualTo(Amounts.NOT_PLAIN);
    }

    @org.junit.jupiter.api.Test
    void knowsEveryCurrencyTheJdkKnowsAndNoOther() {
        assertThat(java.util.Currency.getAvailableCurrencies()).extracting(java.util.Currency::getCurrencyCode)
                .allSatisfy(code -> assertThat(Amounts.isKnownCurrency(code)).as(code).isTrue());
        assertThat(Amounts.isKnownCurrency("usd")).isFalse();
        assertThat(Amounts.isKnownCurrency("ZZZ")).isFalse();
        assertThat(Amounts.isKnownCurrency("US")).isFalse();
        assertThat(Amounts.isKnownCurrency("USDX")).isFalse();
    }
}
