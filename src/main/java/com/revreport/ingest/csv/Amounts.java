package com.revreport.ingest.csv;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** The plain formats of docs/input-format.md: decimals without separators or symbols, {@code YYYY-MM} months, ISO currencies. */
public final class Amounts {

    private Amounts() {
    }

    /**
     * The most digits before the point of an amount or ledger revenue (docs/input-format.md): a month's sum of such
     * amounts per client stays far inside what the store keeps (docs/faults.md shows the arithmetic).
     */
    public static final int MAX_WHOLE_DIGITS = 18;

    private static final int MAX_FRACTION_DIGITS = 6;

    /** {@code -?\d{1,18}(\.\d{1,6})?}, the amount of docs/input-format.md. */
    static boolean isPlainDecimal(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return micros(utf8, 0, utf8.length, MAX_WHOLE_DIGITS) != NOT_PLAIN;
    }

    /** Why an amount or revenue is refused, in words to follow its quoted value; {@code null} when it is not. */
    public static String whyNotPlainDecimal(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (micros(utf8, 0, utf8.length, MAX_WHOLE_DIGITS) != NOT_PLAIN) {
            return null;
        }
        if (micros(utf8, 0, utf8.length, Integer.MAX_VALUE) != NOT_PLAIN) {
            return "has " + wholeDigits(text) + " digits before the point, more than " + MAX_WHOLE_DIGITS;
        }
        return "is not a plain decimal (optional -, 1 to " + MAX_WHOLE_DIGITS + " digits, up to " + MAX_FRACTION_DIGITS
                + " decimals, no separators)";
    }

    /** The digits before the point of a decimal {@code -?\d+(\.\d+)?}. */
    public static int wholeDigits(String decimal) {
        int point = decimal.indexOf('.');
        return (point < 0 ? decimal.length() : point) - (decimal.startsWith("-") ? 1 : 0);
    }

    /** {@link #micros} of bytes that are not a plain decimal. */
    public static final long NOT_PLAIN = Long.MIN_VALUE;

    /**
     * {@link #micros} of a plain decimal above zero whose whole part has more digits than a long can scale
     * (more than 12 after leading zeros); its negative, {@code -TOO_LARGE}, of one below zero. Either is then
     * read as a {@code BigDecimal}.
     */
    public static final long TOO_LARGE = Long.MAX_VALUE;

    public static boolean isTooLarge(long micros) {
        return micros == TOO_LARGE || micros == -TOO_LARGE;
    }

    /**
     * The plain decimal {@code -?\d{1,maxWholeDigits}(\.\d{1,6})?} in {@code bytes[from, to)} as whole millionths,
     * exactly, checked and read in one pass; {@link #NOT_PLAIN} for anything else, {@link #TOO_LARGE} (with
     * the amount's sign) when it does not fit. The one definition of the amount's form: billing lines read
     * from bytes and values read as text (encoded as UTF-8) both come here.
     */
    public static long micros(byte[] bytes, int from, int to, int maxWholeDigits) {
        boolean negative = from < to && bytes[from] == '-';
        int i = negative ? from + 1 : from;
        int wholeStart = i;
        long value = 0;
        boolean large = false;
        for (; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            // twelve digits, times a million, stay far inside a long
            if (value >= 100_000_000_000L) {
                large = true;
            }
            else {
                value = value * 10 + digit;
            }
        }
        if (i == wholeStart || i - wholeStart > maxWholeDigits) {
            return NOT_PLAIN;
        }
        int fractionDigits = 0;
        if (i < to) {
            if (bytes[i] != '.') {
                return NOT_PLAIN;
            }
            for (i++; i < to; i++, fractionDigits++) {
                int digit = bytes[i] - '0';
                if (digit < 0 || digit > 9 || fractionDigits == MAX_FRACTION_DIGITS) {
                    return NOT_PLAIN;
                }
                value = value * 10 + digit;
            }
            if (fractionDigits == 0) {
                return NOT_PLAIN;
            }
        }
        if (large) {
            return negative ? -TOO_LARGE : TOO_LARGE;
        }
        for (; fractionDigits < MAX_FRACTION_DIGITS; fractionDigits++) {
            value *= 10;
        }
        return negative ? -value : value;
    }

    /** @return the month, or {@code null} when it is not {@code YYYY-MM} */
    public static YearMonth parseMonth(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int number = monthNumber(utf8, 0, utf8.length);
        return number < 0 ? null : YearMonth.of(number / 12, number % 12 + 1);
    }

    /** {@code year * 12 + month - 1} of the {@code YYYY-MM} in {@code bytes[from, to)}; -1 when it is none. */
    public static int monthNumber(byte[] bytes, int from, int to) {
        if (to - from != 7 || bytes[from + 4] != '-') {
            return -1;
        }
        int year = 0;
        for (int i = from; i < from + 4; i++) {
            if (!isDigit(bytes[i])) {
                return -1;
            }
            year = year * 10 + bytes[i] - '0';
        }
        if (!isDigit(bytes[from + 5]) || !isDigit(bytes[from + 6])) {
            return -1;
        }
        int month = (bytes[from + 5] - '0') * 10 + (bytes[from + 6] - '0');
        return month < 1 || month > 12 ? -1 : year * 12 + month - 1;
    }

    public static int monthNumber(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** The codes of three capital letters (all of ISO 4217's), indexed by {@link #letterCode}. */
    private static final boolean[] KNOWN_LETTER_CODES = new boolean[26 * 26 * 26];

    static {
        CURRENCIES.stream().filter(Amounts::isThreeCapitals)
                .forEach(code -> KNOWN_LETTER_CODES[letterCode(code.charAt(0), code.charAt(1), code.charAt(2))] = true);
    }

    private static boolean isThreeCapitals(String code) {
        return code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private static int letterCode(int a, int b, int c) {
        return ((a - 'A') * 26 + (b - 'A')) * 26 + (c - 'A');
    }

    /** {@link #isKnownCurrency(String)} of the UTF-8 bytes {@code bytes[from, to)}. */
    public static boolean isKnownCurrency(byte[] bytes, int from, int to) {
        if (to - from == 3) {
            byte a = bytes[from], b = bytes[from + 1], c = bytes[from + 2];
            if (a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' && c >= 'A' && c <= 'Z') {
                return KNOWN_LETTER_CODES[letterCode(a, b, c)];
            }
        }
        // no code of the JDK's has another form; asked all the same, so that the answer is the JDK's
        return CURRENCIES.contains(new String(bytes, from, to - from, StandardCharsets.UTF_8));
    }

    /** Whether the code is an ISO 4217 code known to {@code java.util.Currency} (docs/input-format.md). */
    public static boolean isKnownCurrency(String code) {
        byte[] utf8 = code.getBytes(StandardCharsets.UTF_8);
        return isKnownCurrency(utf8, 0, utf8.length);
    }
}
