package com.revreport.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;

/**
 * Reads RFC 4180 records line by line so that every record keeps its physical line number and raw
 * text: both go into a reject. {@code CSVReader} hides them, so lines are fed to OpenCSV's parser here.
 * <p>
 * Quotes are checked strictly before parsing, because a lenient reading loses revenue: a quote inside
 * an unquoted field, or text after a closing quote, makes the record {@code MALFORMED_ROW}; and a quoted
 * field that never closes must not swallow the good rows after it. A record still open at the end of a
 * line goes on to the next line only while that line could be the rest of a field: a line that on its own
 * is a complete record of the header's width, quoted fields and all, starts a new record, and the open one
 * is rejected with the lines it took.
 */
public final class CsvRecordReader implements Closeable {

    private final CsvLines lines;

    private final ICSVParser parser;

    /** A line read ahead and given back: it starts the next record. */
    private String pushedBack;

    /** Fields of a record, once the header is known; 0 before. */
    private int width;

    public CsvRecordReader(Path file) throws IOException {
        this.lines = new CsvLines(Files.newInputStream(file));
        this.parser = new RFC4180ParserBuilder().build();
    }

    void expectWidth(int fields) {
        this.width = fields;
    }

    private String readLine() throws IOException {
        if (pushedBack != null) {
            String line = pushedBack;
            pushedBack = null;
            return line;
        }
        return lines.next() ? lines.text() : null;
    }

    /** The next record, blank lines skipped; {@code null} at the end of the file. */
    public CsvRecord next() throws IOException {
        return next(null);
    }

    /**
     * The next record that {@code plain} does not take, blank lines skipped; {@code null} at the end of the
     * file. A quote-free line is first offered to {@code plain} as bytes: when it takes the line (a valid
     * billing line it has counted and summed), no record is made for it.
     */
    public CsvRecord next(LineTaker plain) throws IOException {
        long lineOfPushedBack = lines.number();
        boolean fromPushBack = pushedBack != null;
        String text;
        if (fromPushBack) {
            text = readLine();
        }
        else {
            do {
                if (!lines.next()) {
                    return null;
                }
            }
            while (plain != null && !lines.quoted() && plain.accept(lines));
            text = lines.text();
        }
        while (text != null && text.isBlank()) {
            fromPushBack = false;
            text = readLine();
        }
        if (text == null) {
            return null;
        }
        long first = fromPushBack ? lineOfPushedBack : lines.number();
        if (text.indexOf('"') < 0) {
            // no quote: no quoted field and no record spanning lines, so a split on commas is the whole of
            // RFC 4180 for this line; most billing lines take this path, at several times the parser's speed
            return new CsvRecord(first, splitOnCommas(text), text);
        }
        StringBuilder raw = new StringBuilder(text);
        QuoteState state = QuoteState.scan(text, QuoteState.FIELD_START);
        while (state == QuoteState.IN_QUOTES) {
            String more = readLine();
            if (more == null || startsARecord(more)) {
                pushedBack = more;
                return new CsvRecord(first, null, raw.toString());
            }
            raw.append('\n').append(more);
            state = QuoteState.scan(more, QuoteState.IN_QUOTES);
        }
        if (state == QuoteState.MALFORMED) {
            return new CsvRecord(first, null, raw.toString());
        }
        try {
            // the quotes are well formed: OpenCSV unescapes them, handing back a record in pieces while a
            // quoted field spans lines
            List<String> fields = new ArrayList<>();
            for (String line : raw.toString().split("\n", -1)) {
                fields.addAll(Arrays.asList(parser.parseLineMulti(line)));
            }
            if (parser.isPending()) {
                parser.parseLine("");
                return new CsvRecord(first, null, raw.toString());
            }
            return new CsvRecord(first, fields, raw.toString());
        }
        catch (IOException | RuntimeException unparseable) {
            return new CsvRecord(first, null, raw.toString());
        }
    }

    /**
     * Whether a line read while a quoted field is open starts a new record instead: it does when, read on
     * its own, it is a complete record of the header's width (its quotes well formed and closed, its
     * fields as many as the header's). The line that really ends a field spanning lines is not, because its
     * closing quote follows the field's text ({@code Holdings",AI,...}), or, right at the line's start,
     * opens a quote that does not close.
     */
    private boolean startsARecord(String line) {
        if (width <= 1) {
            return false;
        }
        QuoteState state = QuoteState.FIELD_START;
        int fields = 1;
        for (int i = 0; i < line.length() && state != QuoteState.MALFORMED; i++) {
            char c = line.charAt(i);
            if (c == ',' && state != QuoteState.IN_QUOTES) {
                fields++;
            }
            state = state.next(c);
        }
        return fields == width && state != QuoteState.IN_QUOTES && state != QuoteState.MALFORMED;
    }

    /** Takes a quote-free line where it stands in the read buffer, or leaves it to be read as a record. */
    @FunctionalInterface
    public interface LineTaker {

        /** @return {@code true} when the line is taken, and no record is to be made for it */
        boolean accept(CsvLines line);
    }

    /** Where a line leaves the quoting of RFC 4180 (section 2, rules 5-7). */
    enum QuoteState {

        FIELD_START, UNQUOTED, IN_QUOTES, AFTER_CLOSING_QUOTE, MALFORMED;

        static QuoteState scan(String line, QuoteState start) {
            QuoteState state = start;
            for (int i = 0; i < line.length() && state != MALFORMED; i++) {
                state = state.next(line.charAt(i));
            }
            return state;
        }

        QuoteState next(char c) {
            return switch (this) {
                case FIELD_START -> c == '"' ? IN_QUOTES : c == ',' ? FIELD_START : UNQUOTED;
                case UNQUOTED -> c == ',' ? FIELD_START : c == '"' ? MALFORMED : UNQUOTED;
                case IN_QUOTES -> c == '"' ? AFTER_CLOSING_QUOTE : IN_QUOTES;
                // a second quote right after one is an escaped quote inside the field
                case AFTER_CLOSING_QUOTE -> c == '"' ? IN_QUOTES : c == ',' ? FIELD_START : MALFORMED;
                case MALFORMED -> MALFORMED;
            };
        }
    }

    private static List<String> splitOnCommas(String line) {
        List<String> fields = new ArrayList<>(12);
        int start = 0;
        for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', start)) {
            fields.add(line.substring(start, comma));
            start = comma + 1;
        }
        fields.add(line.substring(start));
        return fields;
    }

    static List<String> trimmed(List<String> fields) {
        return fields.stream().map(f -> f == null ? "" : f.strip()).toList();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
