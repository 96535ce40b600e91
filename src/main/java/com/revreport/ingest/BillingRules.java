package com.revreport.ingest;

import java.math.BigDecimal;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import com.revreport.model.ChargeType;
import com.revreport.model.RejectReason;
import com.revreport.model.InputException;
import com.revreport.ingest.csv.Amounts;

/**
 * The rules a billing row must pass to be counted (docs/input-format.md), each written once, in the order docs/input-format.md lists: the
 * first one a row breaks is its reject reason. Both ways of reading a row apply them through a
 * {@link BillingRow}: plain lines straight from the read buffer ({@link PlainBillingLines}) and every
 * other record as text ({@link BillingMonthReader}). A new reject reason is a constant of
 * {@link RejectReason}, its test in {@link #check} and its words in {@link #message}; nothing else.
 */
final class BillingRules {

    static final List<String> COLUMNS = List.of("line_id", "billing_month", "client_id", "client_name", "segment",
            "charge_type", "amount", "currency");

    static final int LINE_ID = 0, BILLING_MONTH = 1, CLIENT_ID = 2, CLIENT_NAME = 3, SEGMENT = 4, CHARGE_TYPE = 5,
            AMOUNT = 6, CURRENCY = 7;

    /** The longest client id, segment or client name the store keeps (V4 migration). */
    static final int MAX_TEXT = 4000;

    private final YearMonth month;

    private final int monthNumber;

    private final LineIdSet lineIds;

    /** The rules of the billing month {@code month}, whose line ids seen so far are {@code lineIds}. */
    BillingRules(YearMonth month, LineIdSet lineIds) {
        this.month = month;
        this.monthNumber = Amounts.monthNumber(month);
        this.lineIds = lineIds;
    }

    /**
     * @return the first rule the row breaks, or {@code null} when it passes them all: its line id is then
     *         taken, and its charge type and amount are kept in the row for the totals
     * @throws InputException when the row passes but a text of it is longer than the store keeps: no reject
     *         reason fits it, so the file is wrong as a whole
     */
    RejectReason check(BillingRow row) {
        if (row.malformed() || row.fieldCount() != row.width()) {
            return RejectReason.MALFORMED_ROW;
        }
        if (firstBlank(row) >= 0) {
            return RejectReason.MISSING_FIELD;
        }
        int billingMonth = Amounts.monthNumber(row.bytes(), row.from(BILLING_MONTH), row.to(BILLING_MONTH));
        if (billingMonth < 0) {
            return RejectReason.INVALID_MONTH;
        }
        if (billingMonth != monthNumber) {
            return RejectReason.MONTH_MISMATCH;
        }
        long micros = Amounts.micros(row.bytes(), row.from(AMOUNT), row.to(AMOUNT), Amounts.MAX_WHOLE_DIGITS);
        if (micros == Amounts.NOT_PLAIN) {
            return RejectReason.INVALID_AMOUNT;
        }
        ChargeType chargeType = chargeType(row);
        if (chargeType == null) {
            return RejectReason.INVALID_CHARGE_TYPE;
        }
        if (!allowsSign(chargeType, Long.signum(micros))) {
            return RejectReason.SIGN_MISMATCH;
        }
        if (!Amounts.isKnownCurrency(row.bytes(), row.from(CURRENCY), row.to(CURRENCY))) {
            return RejectReason.UNKNOWN_CURRENCY;
        }
        if (!lineIds.add(row.bytes(), row.from(LINE_ID), row.to(LINE_ID))) {
            return RejectReason.DUPLICATE_LINE;
        }
        requireStorable(row, CLIENT_ID);
        requireStorable(row, CLIENT_NAME);
        requireStorable(row, SEGMENT);
        row.passed(chargeType, micros);
        return null;
    }

    /**
     * The row's amount when it reads as a plain decimal, whatever rule the row breaks, so a reject can still
     * say how much it held; {@code null} when it does not read.
     */
    static BigDecimal amountOf(BillingRow row) {
        long micros = Amounts.micros(row.bytes(), row.from(AMOUNT), row.to(AMOUNT), Amounts.MAX_WHOLE_DIGITS);
        return micros == Amounts.NOT_PLAIN ? null : BigDecimal.valueOf(micros, ChargeTotals.SCALE);
    }

    /** The reject's message for the rule {@code reason}, which {@link #check} found the row breaks. */
    String message(RejectReason reason, BillingRow row) {
        return switch (reason) {
            case MALFORMED_ROW -> row.malformed()
                    ? "unbalanced quotes: a quote that never closes, a quote inside an unquoted field, or text after a "
                            + "closing quote"
                    : "expected " + row.width() + " fields as in the header, found " + row.fieldCount();
            case MISSING_FIELD -> COLUMNS.get(firstBlank(row)) + " is blank";
            case INVALID_MONTH -> "billing_month '" + row.text(BILLING_MONTH) + "' is not YYYY-MM";
            case MONTH_MISMATCH -> "billing_month " + row.text(BILLING_MONTH) + " differs from the file's month "
                    + month;
            case INVALID_AMOUNT -> "amount '" + row.text(AMOUNT) + "' " + Amounts.whyNotPlainDecimal(row.text(AMOUNT));
            case INVALID_CHARGE_TYPE -> "charge_type '" + row.text(CHARGE_TYPE)
                    + "' is not USAGE, SUBSCRIPTION, CREDIT or ADJUSTMENT";
            case SIGN_MISMATCH -> chargeType(row) + " amount " + row.text(AMOUNT)
                    + (chargeType(row) == ChargeType.CREDIT ? " is above zero" : " is below zero");
            case UNKNOWN_CURRENCY -> "currency '" + row.text(CURRENCY) + "' is not an ISO 4217 code";
            case DUPLICATE_LINE -> "line_id '" + row.text(LINE_ID) + "' already seen in " + month
                    + "; the first occurrence is kept";
        };
    }

    /** The first required column whose value is blank, or -1. */
    private static int firstBlank(BillingRow row) {
        for (int column = 0; column < COLUMNS.size(); column++) {
            if (row.length(column) == 0) {
                return column;
            }
        }
        return -1;
    }

    private static final byte[][] CODES = Arrays.stream(ChargeType.values())
            .map(type -> type.name().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    /** The charge type the row names, in any case; {@code null} when it names none. */
    private static ChargeType chargeType(BillingRow row) {
        // exports write the codes in capitals, and the four differ in length: one comparison of bytes at most
        int from = row.from(CHARGE_TYPE);
        int to = row.to(CHARGE_TYPE);
        ChargeType type = switch (to - from) {
            case 5 -> ChargeType.USAGE;
            case 12 -> ChargeType.SUBSCRIPTION;
            case 6 -> ChargeType.CREDIT;
            case 10 -> ChargeType.ADJUSTMENT;
            default -> null;
        };
        byte[] code = type == null ? null : CODES[type.ordinal()];
        if (code != null && Arrays.equals(row.bytes(), from, to, code, 0, code.length)) {
            return type;
        }
        try {
            return ChargeType.valueOf(row.text(CHARGE_TYPE).toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException none) {
            return null;
        }
    }

    /** Usage and subscriptions are never below zero, credits never above; adjustments go either way. */
    static boolean allowsSign(ChargeType type, int signum) {
        return switch (type) {
            case USAGE, SUBSCRIPTION -> signum >= 0;
            case CREDIT -> signum <= 0;
            case ADJUSTMENT -> true;
        };
    }

    private static void requireStorable(BillingRow row, int column) {
        // no text is longer in characters than in UTF-8 bytes: most rows need no count of characters
        if (row.length(column) > MAX_TEXT && row.text(column).length() > MAX_TEXT) {
            throw new InputException(row.file() + " line " + row.line() + ": " + COLUMNS.get(column) + " is "
                    + row.text(column).length() + " characters long, more than the " + MAX_TEXT + " the store keeps");
        }
    }
}
