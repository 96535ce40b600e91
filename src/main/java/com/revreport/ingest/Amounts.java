package com.revreport.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** The plain formats of spec 1.1: decimals without separators or symbols, {@code YYYY-MM} months, ISO currencies. */
final class Amounts {

    private Amounts() {
    }

    /** @return the amount, or {@code null} when it is not a plain decimal */
    static BigDecimal parseAmount(String text) {
        return isPlainDecimal(text) ? new BigDecimal(text) : null;
    }

    /** {@code -?\d+(\.\d{1,6})?}, checked by hand: it runs once per billing line. */
    static boolean isPlainDecimal(String text) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int integerStart = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == integerStart) {
            return false;
        }
        if (i == length) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fractionStart = ++i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        int fractionDigits = i - fractionStart;
        return i == length && fractionDigits >= 1 && fractionDigits <= 6;
    }

    /** {@link #toMicros} of an amount whose whole part has more digits than a long can scale. */
    static final long TOO_LARGE = Long.MIN_VALUE;

    /**
     * A plain decimal (see {@link #isPlainDecimal}) as whole millionths, exactly; {@link #TOO_LARGE} when
     * its whole part has more than 12 digits.
     */
    static long toMicros(String text) {
        boolean negative = text.charAt(0) == '-';
        int i = negative ? 1 : 0;
        long value = 0;
        int wholeDigits = 0;
        for (; i < text.length() && text.charAt(i) != '.'; i++) {
            if (++wholeDigits > 12 && value > 0) {
                return TOO_LARGE;
            }
            value = value * 10 + (text.charAt(i) - '0');
        }
        int fractionDigits = 0;
        for (i++; i < text.length(); i++, fractionDigits++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        for (; fractionDigits < 6; fractionDigits++) {
            value *= 10;
        }
        return negative ? -value : value;
    }

    /** The sign of a plain decimal (see {@link #isPlainDecimal}): -1, 0 or 1, without parsing it. */
    static int signum(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9') {
                return text.charAt(0) == '-' ? -1 : 1;
            }
        }
        return 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return the month, or {@code null} when it is not {@code YYYY-MM} */
    static YearMonth parseMonth(String text) {
        if (text.length() != 7 || text.charAt(4) != '-') {
            return null;
        }
        for (int i : new int[] { 0, 1, 2, 3, 5, 6 }) {
            if (!isDigit(text.charAt(i))) {
                return null;
            }
        }
        int month = (text.charAt(5) - '0') * 10 + (text.charAt(6) - '0');
        if (month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(Integer.parseInt(text, 0, 4, 10), month);
    }

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    static boolean isKnownCurrency(String code) {
        return CURRENCIES.contains(code);
    }
}
