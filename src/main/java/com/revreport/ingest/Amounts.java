package com.revreport.ingest;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.regex.Pattern;

/** The plain formats of spec 1.1: decimals without separators or symbols, {@code YYYY-MM} months, ISO currencies. */
final class Amounts {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d{1,6})?");

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private Amounts() {
    }

    /** @return the amount, or {@code null} when it is not a plain decimal */
    static BigDecimal parseAmount(String text) {
        return PLAIN_DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    /** @return the month, or {@code null} when it is not {@code YYYY-MM} */
    static YearMonth parseMonth(String text) {
        if (!MONTH.matcher(text).matches()) {
            return null;
        }
        try {
            return YearMonth.parse(text);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean isKnownCurrency(String code) {
        if (code.length() != 3) {
            return false;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }
}
