package com.revreport.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The physical lines of a file as bytes, ended as {@code BufferedReader.readLine} ends them (LF, CR or
 * CRLF), with a leading UTF-8 BOM dropped from line 1. While it looks for the end of a line it notes
 * where the commas are and whether there is a quote or a non-ASCII byte, so that a plain billing line
 * can be checked and summed without a {@code String} made for it (see {@link CsvRecordReader.LineTaker}); any other
 * line is decoded with {@link #text()} and parsed the general way.
 */
public final class CsvLines implements Closeable {

    private static final int CHUNK = 1 << 20;

    private final InputStream in;

    private byte[] buf = new byte[CHUNK];

    private int pos;

    private int limit;

    private boolean eof;

    private int start;

    private int end;

    private long number;

    private int[] commas = new int[16];

    private int commaCount;

    private boolean quoted;

    private boolean nonAscii;

    public CsvLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next physical line; {@code false} at the end of the file. */
    public boolean next() throws IOException {
        int i = pos;
        int n = 0;
        boolean quote = false;
        boolean high = false;
        while (true) {
            byte[] b = buf;
            for (; i < limit; i++) {
                byte c = b[i];
                // letters, digits, '-' and '.' are all above ',': one comparison for most bytes
                if (c > ',') {
                    continue;
                }
                if (c == ',') {
                    if (n == commas.length) {
                        commas = Arrays.copyOf(commas, n * 2);
                    }
                    commas[n++] = i;
                }
                else if (c == '\n' || c == '\r') {
                    break;
                }
                else if (c == '"') {
                    quote = true;
                }
                else if (c < 0) {
                    high = true;
                }
            }
            if (i < limit && !(b[i] == '\r' && i + 1 == limit && !eof)) {
                start = pos;
                end = i;
                pos = b[i] == '\r' && i + 1 < limit && b[i + 1] == '\n' ? i + 2 : i + 1;
                return found(n, quote, high);
            }
            if (eof && i >= limit) {
                if (pos == limit) {
                    return false;
                }
                start = pos;
                end = limit;
                pos = limit;
                return found(n, quote, high);
            }
            // the line goes on past the buffer, or a CR ends it and the next byte is not read yet:
            // read more and scan the line again from its start
            refill();
            i = pos;
            n = 0;
            quote = false;
            high = false;
        }
    }

    private boolean found(int n, boolean quote, boolean high) {
        number++;
        commaCount = n;
        quoted = quote;
        nonAscii = high;
        if (number == 1 && end - start >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB
                && buf[start + 2] == (byte) 0xBF) {
            start += 3;
        }
        return true;
    }

    private void refill() throws IOException {
        int remaining = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, remaining);
        }
        else if (remaining == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        pos = 0;
        limit = remaining;
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
            eof = true;
        }
        else {
            limit += read;
        }
    }

    /**
     * The current line decoded from UTF-8, without its line end.
     *
     * @throws IOException naming the line when it is not valid UTF-8 (docs/input-format.md): a byte from another encoding
     *         must fail the file, not turn into a replacement character in a client's id or name
     */
    String text() throws IOException {
        if (!nonAscii) {
            return new String(buf, start, end - start, StandardCharsets.US_ASCII);
        }
        try {
            return strictUtf8.decode(ByteBuffer.wrap(buf, start, end - start)).toString();
        }
        catch (CharacterCodingException notUtf8) {
            throw new IOException("line " + number + " is not valid UTF-8; the input must be UTF-8 text", notUtf8);
        }
    }

    /** Reports malformed input instead of replacing it (the default of a new decoder). */
    private final CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder();

    /** Physical number of the current line, 1 for the first. */
    public long number() {
        return number;
    }

    public byte[] bytes() {
        return buf;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** Where the {@code field}-th comma-separated field starts; meaningful for a line without quotes. */
    public int fieldStart(int field) {
        return field == 0 ? start : commas[field - 1] + 1;
    }

    /** Where the {@code field}-th comma-separated field ends (exclusive). */
    public int fieldEnd(int field) {
        return field == commaCount ? end : commas[field];
    }

    /** Number of comma-separated fields, as if the line had no quotes. */
    public int fieldCount() {
        return commaCount + 1;
    }

    public boolean quoted() {
        return quoted;
    }

    public boolean nonAscii() {
        return nonAscii;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
