package com.revreport.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.revreport.model.InputException;

/**
 * Reads the records of an export in any charset and with any one-character delimiter, under the quoting
 * rules of {@link CsvRecordReader} (RFC 4180 with that delimiter, strictly: a quote inside an unquoted
 * field or text after a closing quote makes the record malformed, and a quote that never closes does not
 * swallow the rows after it). Bytes that are not text in the charset fail the file with its line: a
 * replacement character in a client's name would be a silently wrong report.
 */
public final class DelimitedRecords implements Closeable {

    private static final int CHUNK = 1 << 16;

    private final InputStream in;

    private final String fileName;

    private final Charset charset;

    private final CharsetDecoder decoder;

    private final char delimiter;

    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);

    private final CharBuffer chars = CharBuffer.allocate(CHUNK);

    private boolean bytesEnded;

    private boolean decoded;

    private CoderResult pendingError;

    private long lineNumber;

    private boolean firstLine = true;

    private boolean afterCarriageReturn;

    private String pushedBack;

    private int width;

    public DelimitedRecords(Path file, String fileName, Charset charset, char delimiter) throws IOException {
        this.in = Files.newInputStream(file);
        this.fileName = fileName;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.delimiter = delimiter;
        bytes.flip();
        chars.flip();
    }

    /** Fields a record must have, once the header is known. */
    public void expectWidth(int fields) {
        this.width = fields;
    }

    /** The next record, blank lines skipped; {@code null} at the end of the file. */
    public CsvRecord next() throws IOException {
        String text = pushedBack != null ? pushedBack : readLine();
        long first = lineNumber;
        pushedBack = null;
        // a pushed-back line was the last one read: lineNumber is still its number
        while (text != null && text.isBlank()) {
            text = readLine();
            first = lineNumber;
        }
        if (text == null) {
            return null;
        }
        if (text.indexOf('"') < 0) {
            return new CsvRecord(first, split(text), text);
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        StringBuilder raw = new StringBuilder(text);
        int state = parse(text, FIELD_START, fields, field);
        while (state == IN_QUOTES) {
            String more = readLine();
            if (more == null || startsARecord(more)) {
                pushedBack = more;
                return new CsvRecord(first, null, raw.toString());
            }
            raw.append('\n').append(more);
            field.append('\n');
            state = parse(more, IN_QUOTES, fields, field);
        }
        if (state == MALFORMED) {
            return new CsvRecord(first, null, raw.toString());
        }
        fields.add(field.toString());
        return new CsvRecord(first, fields, raw.toString());
    }

    private static final int FIELD_START = 0, UNQUOTED = 1, IN_QUOTES = 2, AFTER_CLOSING_QUOTE = 3, MALFORMED = 4;

    /** Parses one line from {@code state}, adding the fields it closes; returns the state at its end. */
    private int parse(String line, int state, List<String> fields, StringBuilder field) {
        for (int i = 0; i < line.length() && state != MALFORMED; i++) {
            char c = line.charAt(i);
            switch (state) {
                case FIELD_START -> {
                    if (c == '"') {
                        state = IN_QUOTES;
                    }
                    else if (c == delimiter) {
                        fields.add(field.toString());
                        field.setLength(0);
                    }
                    else {
                        field.append(c);
                        state = UNQUOTED;
                    }
                }
                case UNQUOTED -> {
                    if (c == delimiter) {
                        fields.add(field.toString());
                        field.setLength(0);
                        state = FIELD_START;
                    }
                    else if (c == '"') {
                        state = MALFORMED;
                    }
                    else {
                        field.append(c);
                    }
                }
                case IN_QUOTES -> {
                    if (c == '"') {
                        state = AFTER_CLOSING_QUOTE;
                    }
                    else {
                        field.append(c);
                    }
                }
                default -> { // AFTER_CLOSING_QUOTE: a second quote is an escaped one
                    if (c == '"') {
                        field.append('"');
                        state = IN_QUOTES;
                    }
                    else if (c == delimiter) {
                        fields.add(field.toString());
                        field.setLength(0);
                        state = FIELD_START;
                    }
                    else {
                        state = MALFORMED;
                    }
                }
            }
        }
        return state;
    }

    /** As in {@link CsvRecordReader}: a line that is on its own a whole record of the header's width starts one. */
    private boolean startsARecord(String line) {
        if (width <= 1) {
            return false;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int state = parse(line, FIELD_START, fields, field);
        return state != IN_QUOTES && state != MALFORMED && fields.size() + 1 == width;
    }

    private List<String> split(String line) {
        List<String> fields = new ArrayList<>(16);
        int start = 0;
        for (int at = line.indexOf(delimiter); at >= 0; at = line.indexOf(delimiter, start)) {
            fields.add(line.substring(start, at));
            start = at + 1;
        }
        fields.add(line.substring(start));
        return fields;
    }

    /**
     * The next physical line without its line end (LF, CRLF or a CR alone, as old Mac exports end lines), or
     * {@code null} at the end of the file.
     */
    private String readLine() throws IOException {
        StringBuilder partial = null;
        while (true) {
            if (!chars.hasRemaining() && !fill()) {
                if (partial == null) {
                    return null;
                }
                lineNumber++;
                return strip(partial.toString());
            }
            if (afterCarriageReturn) {
                // a CR ended the last line: the LF of a CRLF belongs to it
                afterCarriageReturn = false;
                if (chars.get(chars.position()) == '\n') {
                    chars.position(chars.position() + 1);
                    continue;
                }
            }
            int start = chars.position();
            int end = chars.limit();
            char[] array = chars.array();
            for (int i = start; i < end; i++) {
                char c = array[i];
                if (c == '\n' || c == '\r') {
                    chars.position(i + 1);
                    afterCarriageReturn = c == '\r';
                    lineNumber++;
                    String line = partial == null ? new String(array, start, i - start)
                            : partial.append(array, start, i - start).toString();
                    return strip(line);
                }
            }
            if (partial == null) {
                partial = new StringBuilder(end - start + 64);
            }
            partial.append(array, start, end - start);
            chars.position(end);
        }
    }

    private String strip(String line) {
        String text = line;
        if (firstLine) {
            firstLine = false;
            // a byte-order mark the charset did not take (UTF-8, UTF-16LE named as such)
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
        }
        return text;
    }

    /** Decodes more characters into {@link #chars}; {@code false} at the end of the file. */
    private boolean fill() throws IOException {
        if (pendingError != null) {
            throw new InputException(fileName + " line " + (lineNumber + 1) + ": bytes that are not " + charset.name()
                    + " text; the file is in another encoding (say which in the billing format's encoding:)");
        }
        chars.clear();
        while (chars.position() == 0 && !decoded) {
            if (!bytes.hasRemaining() || !bytesEnded && bytes.remaining() < 16) {
                bytes.compact();
                int n = bytesEnded ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    bytesEnded = true;
                }
                else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, bytesEnded);
            if (result.isError()) {
                pendingError = result;
                break;
            }
            if (bytesEnded && result.isUnderflow()) {
                decoder.flush(chars);
                decoded = true;
            }
        }
        chars.flip();
        if (!chars.hasRemaining() && pendingError != null) {
            return fill();
        }
        return chars.hasRemaining();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
