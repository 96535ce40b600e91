package com.revreport.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * UTF-8 into a byte buffer, for SXSSF's temporary sheet files. SXSSF writes a cell as a dozen small
 * strings and a client name one character a call; through {@code BufferedWriter} and
 * {@code OutputStreamWriter} each call takes a lock and goes through a charset encoder, which showed
 * in the workbook's profile (docs/benchmarks.md). One writer serves one sheet on one thread, so no
 * lock is needed. The bytes are those {@code OutputStreamWriter} writes in UTF-8, a lone surrogate
 * included (as {@code ?}).
 */
final class SheetXmlWriter extends Writer {

    private final OutputStream out;

    private final byte[] buffer = new byte[1 << 16];

    private int position;

    /** A high surrogate whose low half has not come yet, or 0. */
    private char pendingHigh;

    SheetXmlWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && pendingHigh == 0 && position < buffer.length) {
                buffer[position++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            put(chars[i]);
        }
    }

    private void put(char c) throws IOException {
        if (position > buffer.length - 4) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                putCodePoint(Character.toCodePoint(high, c));
                return;
            }
            buffer[position++] = '?';
            put(c);
            return;
        }
        if (c < 0x80) {
            buffer[position++] = (byte) c;
        } else if (c < 0x800) {
            buffer[position++] = (byte) (0xC0 | (c >> 6));
            buffer[position++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[position++] = '?';
        } else {
            buffer[position++] = (byte) (0xE0 | (c >> 12));
            buffer[position++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buffer[position++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void putCodePoint(int codePoint) {
        buffer[position++] = (byte) (0xF0 | (codePoint >> 18));
        buffer[position++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        buffer[position++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        buffer[position++] = (byte) (0x80 | (codePoint & 0x3F));
    }

    private void drain() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
        try {
            flush();
        }
        finally {
            out.close();
        }
    }
}
