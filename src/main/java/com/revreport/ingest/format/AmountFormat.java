package com.revreport.ingest.format;

import java.math.BigDecimal;
import java.util.List;

/**
 * How an export writes its amounts: the decimal separator, an optional grouping of the whole digits in
 * threes, negatives with a minus or in parentheses, currency symbols around the number. An amount that
 * does not read exactly under these rules is no amount: it is never guessed at. As in the native layout,
 * a digit comes before the separator, one after it, and there is no {@code +} and no exponent.
 *
 * @param grouping the grouping separator, or {@code 0} for none; a space also takes the no-break spaces
 *        that spreadsheets write in its place
 */
public record AmountFormat(char decimal, char grouping, boolean negativeInParentheses, List<String> currencySymbols) {

    /** Fraction digits an amount of a formatted export may have: cloud cost exports carry ten or more. */
    public static final int MAX_FRACTION_DIGITS = 12;

    /** Whole digits an amount may have, as in the native layout. */
    public static final int MAX_WHOLE_DIGITS = 18;

    /** The native layout's way of writing, with twelve fraction digits. */
    public static final AmountFormat PLAIN = new AmountFormat('.', (char) 0, false, List.of());

    public AmountFormat {
        currencySymbols = List.copyOf(currencySymbols);
    }

    /** The amount {@code text} writes, or {@code null} when it does not read under this format. */
    public BigDecimal parse(String text) {
        String s = text.strip();
        for (String symbol : currencySymbols) {
            if (!symbol.isEmpty() && s.contains(symbol)) {
                s = s.replace(symbol, "").strip();
            }
        }
        boolean negative = false;
        if (negativeInParentheses && s.length() >= 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (!s.isEmpty() && s.charAt(0) == '-') {
            if (negative) {
                return null; // (-5) says the sign twice
            }
            negative = true;
            s = s.substring(1);
        }
        int point = s.indexOf(decimal);
        String whole = point < 0 ? s : s.substring(0, point);
        String fraction = point < 0 ? "" : s.substring(point + 1);
        if (point >= 0 && fraction.isEmpty() || whole.isEmpty()) {
            return null;
        }
        StringBuilder digits = new StringBuilder(s.length());
        if (!wholeDigits(whole, digits)) {
            return null;
        }
        int wholeCount = digits.length();
        for (int i = 0; i < fraction.length(); i++) {
            char c = fraction.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            digits.append(c);
        }
        int scale = fraction.length();
        // trailing zeros beyond the twelfth digit change nothing: 1.0000000000000 is 1
        while (scale > MAX_FRACTION_DIGITS && digits.charAt(digits.length() - 1) == '0') {
            digits.setLength(digits.length() - 1);
            scale--;
        }
        if (scale > MAX_FRACTION_DIGITS || significantWholeDigits(digits, wholeCount) > MAX_WHOLE_DIGITS) {
            return null;
        }
        BigDecimal amount = digits.length() <= 18
                ? BigDecimal.valueOf(Long.parseLong(digits, 0, digits.length(), 10), scale)
                : new BigDecimal(new java.math.BigInteger(digits.toString()), scale);
        return negative ? amount.negate() : amount;
    }

    private boolean wholeDigits(String whole, StringBuilder digits) {
        int group = 0;
        boolean grouped = false;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                group++;
            }
            else if (isGrouping(c)) {
                // the first group has one to three digits, every later one exactly three
                if (group == 0 || group > 3 || grouped && group != 3) {
                    return false;
                }
                grouped = true;
                group = 0;
            }
            else {
                return false;
            }
        }
        return group > 0 && (!grouped || group == 3);
    }

    private boolean isGrouping(char c) {
        return grouping != 0 && (c == grouping || grouping == ' ' && (c == '\u00a0' || c == '\u202f'));
    }

    private static int significantWholeDigits(StringBuilder digits, int wholeCount) {
        int first = 0;
        while (first < wholeCount && digits.charAt(first) == '0') {
            first++;
        }
        return wholeCount - first;
    }

    /** The rules in words, for the message of an amount that does not read. */
    public String rules() {
        StringBuilder rules = new StringBuilder("decimal separator '").append(decimal).append("'");
        rules.append(grouping == 0 ? ", no grouping separator" : ", digits grouped in threes by '" + grouping + "'");
        if (negativeInParentheses) {
            rules.append(", negatives with '-' or in parentheses");
        }
        if (!currencySymbols.isEmpty()) {
            rules.append(", currency symbols ").append(String.join(" ", currencySymbols));
        }
        return rules.append(", at most ").append(MAX_WHOLE_DIGITS).append(" whole and ").append(MAX_FRACTION_DIGITS)
                .append(" fraction digits").toString();
    }
}
