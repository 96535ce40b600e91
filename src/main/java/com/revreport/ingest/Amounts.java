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

    /**
     * The most digits before the point of an amount or ledger revenue (spec 1.1): a month's sum of such
     * amounts per client stays far inside what the store keeps (docs/faults.md shows the arithmetic).
     */
    static final int MAX_WHOLE_DIGITS = 18;

    private static final int MAX_FRACTION_DIGITS = 6;

    /** {@code -?\d{1,18}(\.\d{1,6})?}, checked by hand: it runs once per billing line read as text. */
    static boolean isPlainDecimal(String text) {
        return isDecimal(text, MAX_WHOLE_DIGITS, MAX_FRACTION_DIGITS);
    }

    /** {@code -?\d{1,maxWhole}(\.\d{1,maxFraction})?} */
    static boolean isDecimal(String text, int maxWhole, int maxFraction) {
        int length = text.length();
        int i = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int integerStart = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == integerStart || i - integerStart > maxWhole) {
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
        return i == length && fractionDigits >= 1 && fractionDigits <= maxFraction;
    }

    /** Why an amount or revenue is refused, in words to follow its quoted value; {@code null} when it is not. */
    static String whyNotPlainDecimal(String text) {
        if (isPlainDecimal(text)) {
            return null;
        }
        if (isDecimal(text, Integer.MAX_VALUE, MAX_FRACTION_DIGITS)) {
            return "has " + wholeDigits(text) + " digits before the point, more than " + MAX_WHOLE_DIGITS;
        }
        return "is not a plain decimal (optional -, 1 to " + MAX_WHOLE_DIGITS + " digits, up to " + MAX_FRACTION_DIGITS
                + " decimals, no separators)";
    }

    /** The digits before the point of a decimal {@code -?\d+(\.\d+)?}. */
    static int wholeDigits(String decimal) {
        int point = decimal.indexOf('.');
        return (point < 0 ? decimal.length() : point) - (decimal.startsWith("-") ? 1 : 0);
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

    /** {@link #plainMicros} of bytes that are not an amount it reads. */
    static final long NOT_PLAIN = Long.MIN_VALUE;

    /**
     * {@link #toMicros} of an amount straight from its bytes, for the common form only: a plain decimal
     * (see {@link #isPlainDecimal}) with at most 12 whole digits; {@link #NOT_PLAIN} for anything else,
     * which is then read as text.
     */
    static long plainMicros(byte[] bytes, int from, int to) {
        boolean negative = from < to && bytes[from] == '-';
        int i = negative ? from + 1 : from;
        int wholeStart = i;
        long value = 0;
        for (; i < to && bytes[i] != '.'; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9 || i - wholeStart >= 12) {
                return NOT_PLAIN;
            }
            value = value * 10 + digit;
        }
        if (i == wholeStart) {
            return NOT_PLAIN;
        }
        int fractionDigits = 0;
        if (i < to) {
            for (i++; i < to; i++, fractionDigits++) {
                int digit = bytes[i] - '0';
                if (digit < 0 || digit > 9 || fractionDigits == 6) {
                    return NOT_PLAIN;
                }
                value = value * 10 + digit;
            }
            if (fractionDigits == 0) {
                return NOT_PLAIN;
            }
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

    /** The ISO codes of three capital letters, indexed by {@link #letterCode}. */
    private static final boolean[] KNOWN_LETTER_CODES = new boolean[26 * 26 * 26];

    static {
        CURRENCIES.stream().filter(code -> code.chars().allMatch(c -> c >= 'A' && c <= 'Z') && code.length() == 3)
                .forEach(code -> KNOWN_LETTER_CODES[letterCode(code.charAt(0), code.charAt(1), code.charAt(2))] = true);
    }

    private static int letterCode(int a, int b, int c) {
        return ((a - 'A') * 26 + (b - 'A')) * 26 + (c - 'A');
    }

    /** {@link #isKnownCurrency} of the three bytes at {@code from}, for codes in capitals. */
    static boolean isKnownCurrency(byte[] bytes, int from) {
        byte a = bytes[from], b = bytes[from + 1], c = bytes[from + 2];
        return a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' && c >= 'A' && c <= 'Z'
                && KNOWN_LETTER_CODES[letterCode(a, b, c)];
    }
}
