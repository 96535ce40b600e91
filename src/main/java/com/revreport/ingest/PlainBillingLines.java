package com.revreport.ingest;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import com.revreport.model.ChargeType;

/**
 * Takes a billing line in the form exports nearly always write: ASCII only, no quotes, every field
 * without surrounding spaces, an amount of at most 12 whole digits, the
 * charge type and currency in capitals, the file's month, a line id not seen before. Such a line is
 * checked, counted and summed straight from the read buffer. Any other line, valid or not, is refused
 * here without a trace and read as text by {@link BillingMonthReader}, which applies every rule of
 * spec 1.1 and words the reject; so this class only decides faster, never differently.
 */
final class PlainBillingLines {

    private final int width;

    private final int lineId;

    private final int billingMonth;

    private final int clientId;

    private final int clientName;

    private final int segment;

    private final int chargeType;

    private final int amount;

    private final int currency;

    private final int[] required;

    private final byte[] month;

    private final ChargeTotals totals;

    private final LineIdSet lineIds;

    private final int maxText;

    private long accepted;

    PlainBillingLines(CsvHeader header, YearMonth month, ChargeTotals totals, LineIdSet lineIds, int maxText) {
        this.width = header.width();
        this.lineId = header.position(0);
        this.billingMonth = header.position(1);
        this.clientId = header.position(2);
        this.clientName = header.position(3);
        this.segment = header.position(4);
        this.chargeType = header.position(5);
        this.amount = header.position(6);
        this.currency = header.position(7);
        this.required = new int[] { lineId, billingMonth, clientId, clientName, segment, chargeType, amount, currency };
        this.month = month.toString().getBytes(StandardCharsets.US_ASCII);
        this.totals = totals;
        this.lineIds = lineIds;
        this.maxText = maxText;
    }

    /** Lines taken so far. */
    long accepted() {
        return accepted;
    }

    /** @return {@code true} when the line was valid and is now counted and summed */
    boolean accept(CsvLines line) {
        if (line.fieldCount() != width) {
            return false;
        }
        byte[] b = line.bytes();
        for (int column : required) {
            int from = line.fieldStart(column);
            int to = line.fieldEnd(column);
            // a blank field, or one with spaces (or a non-ASCII character) at either end to trim
            if (to == from || b[from] <= ' ' || b[to - 1] <= ' ') {
                return false;
            }
        }
        int monthFrom = line.fieldStart(billingMonth);
        if (line.fieldEnd(billingMonth) - monthFrom != month.length
                || !Arrays.equals(b, monthFrom, monthFrom + month.length, month, 0, month.length)) {
            return false;
        }
        long micros = Amounts.plainMicros(b, line.fieldStart(amount), line.fieldEnd(amount));
        ChargeType type = ChargeType.ofCode(b, line.fieldStart(chargeType), line.fieldEnd(chargeType));
        if (micros == Amounts.NOT_PLAIN || type == null || !type.allows(Long.signum(micros))) {
            return false;
        }
        int currencyFrom = line.fieldStart(currency);
        if (line.fieldEnd(currency) - currencyFrom != 3 || !Amounts.isKnownCurrency(b, currencyFrom)) {
            return false;
        }
        // a non-ASCII byte may be part of no UTF-8 character at all: the text path decodes such a line strictly
        if (line.nonAscii()) {
            return false;
        }
        if (tooLong(line, clientId) || tooLong(line, clientName) || tooLong(line, segment)) {
            return false;
        }
        if (!lineIds.add(b, line.fieldStart(lineId), line.fieldEnd(lineId))) {
            return false;
        }
        totals.add(b, line.fieldStart(clientId), line.fieldEnd(clientId), line.fieldStart(segment),
                line.fieldEnd(segment), type, ChargeTotals.currencyCode(b, currencyFrom), micros,
                line.fieldStart(clientName), line.fieldEnd(clientName));
        accepted++;
        return true;
    }

    private boolean tooLong(CsvLines line, int column) {
        return line.fieldEnd(column) - line.fieldStart(column) > maxText;
    }
}
