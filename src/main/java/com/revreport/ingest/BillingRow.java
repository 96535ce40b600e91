package com.revreport.ingest;

import static com.revreport.ingest.BillingRules.COLUMNS;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import com.revreport.model.ChargeType;
import com.revreport.ingest.csv.CsvHeader;
import com.revreport.ingest.csv.CsvLines;
import com.revreport.ingest.csv.CsvRecord;
import com.revreport.ingest.csv.Amounts;

/**
 * One billing row as {@link BillingRules} see it, whichever way it was read: each required value,
 * trimmed, as a range of UTF-8 bytes. A plain line ({@link PlainBillingLines}) is shown where it stands
 * in the read buffer, without a copy; a record parsed as text has its values encoded into a buffer of
 * the row's own. The rules then read, and the totals sum, the same bytes either way.
 */
final class BillingRow {

    private final String file;

    private final CsvHeader header;

    private final int width;

    private final int[] from = new int[COLUMNS.size()];

    private final int[] to = new int[COLUMNS.size()];

    private byte[] bytes;

    private byte[] encoded = new byte[256];

    private long line;

    private boolean malformed;

    private int fieldCount;

    private ChargeType chargeType;

    private long micros;

    /** A row of {@code file}, whose header is {@code header}. */
    BillingRow(String file, CsvHeader header) {
        this.file = file;
        this.header = header;
        this.width = header.width();
    }

    /**
     * Shows the current line of {@code lines}, which holds neither a quote nor a byte beyond ASCII: its
     * bytes are then its text, and the commas split it as RFC 4180 would.
     */
    void show(CsvLines lines) {
        line = lines.number();
        malformed = false;
        fieldCount = lines.fieldCount();
        bytes = lines.bytes();
        if (fieldCount != width) {
            return; // no value to show: the fields are not the header's
        }
        for (int column = 0; column < from.length; column++) {
            int start = lines.fieldStart(header.position(column));
            int end = lines.fieldEnd(header.position(column));
            // trimmed as the text is (String.strip): in ASCII, the bytes Character.isWhitespace names
            while (start < end && isWhitespace(bytes[start])) {
                start++;
            }
            while (end > start && isWhitespace(bytes[end - 1])) {
                end--;
            }
            from[column] = start;
            to[column] = end;
        }
    }

    private static boolean isWhitespace(byte b) {
        return b <= ' ' && Character.isWhitespace(b);
    }

    /** Shows a record read as text. */
    void show(CsvRecord record) {
        line = record.line();
        malformed = record.malformed();
        fieldCount = malformed ? 0 : record.fields().size();
        bytes = encoded;
        if (malformed || fieldCount != width) {
            return;
        }
        int at = 0;
        for (int column = 0; column < from.length; column++) {
            byte[] value = header.value(record.fields(), column).getBytes(StandardCharsets.UTF_8);
            if (at + value.length > encoded.length) {
                encoded = Arrays.copyOf(encoded, Math.max(encoded.length * 2, at + value.length));
                bytes = encoded;
            }
            System.arraycopy(value, 0, encoded, at, value.length);
            from[column] = at;
            at += value.length;
            to[column] = at;
        }
    }

    String file() {
        return file;
    }

    /** Physical line of the row's first line (header = line 1). */
    long line() {
        return line;
    }

    /** Whether its quotes could not be parsed: it then shows no values. */
    boolean malformed() {
        return malformed;
    }

    /** Fields the row has; only a row of {@link #width()} fields shows values. */
    int fieldCount() {
        return fieldCount;
    }

    /** Fields the header has. */
    int width() {
        return width;
    }

    /** The bytes that hold every value: read {@code column}'s between {@link #from} and {@link #to}. */
    byte[] bytes() {
        return bytes;
    }

    int from(int column) {
        return from[column];
    }

    int to(int column) {
        return to[column];
    }

    int length(int column) {
        return to[column] - from[column];
    }

    /** The value of {@code column} as a {@code String}: for a message, or a rule that needs one now and then. */
    String text(int column) {
        return new String(bytes, from[column], to[column] - from[column], StandardCharsets.UTF_8);
    }

    /** What the rules read from a row they passed, for the totals. */
    void passed(ChargeType type, long amountMicros) {
        this.chargeType = type;
        this.micros = amountMicros;
    }

    ChargeType chargeType() {
        return chargeType;
    }

    /** The amount in millionths, or {@link Amounts#TOO_LARGE} (with its sign) when only its text holds it. */
    long micros() {
        return micros;
    }
}
