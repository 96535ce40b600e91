package com.revreport.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;

/**
 * Reads RFC 4180 records line by line so that every record keeps its physical line number and
 * raw text: both go into a reject. {@code CSVReader} hides them, so lines are fed to OpenCSV's
 * parser here; a record whose quote is still open at the end of the file is malformed.
 */
final class CsvRecordReader implements Closeable {

    private static final char BOM = '\uFEFF';

    private final BufferedReader reader;

    private final ICSVParser parser;

    private long physicalLine;

    CsvRecordReader(Path file) throws IOException {
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        this.parser = new RFC4180ParserBuilder().build();
    }

    /** The next record, blank lines skipped; {@code null} at the end of the file. */
    CsvRecord next() throws IOException {
        String text = reader.readLine();
        while (text != null && text.isBlank() && !parser.isPending()) {
            physicalLine++;
            text = reader.readLine();
        }
        if (text == null) {
            return null;
        }
        physicalLine++;
        if (physicalLine == 1 && !text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        long first = physicalLine;
        if (text.indexOf('"') < 0) {
            // no quote: no quoted field and no record spanning lines, so a split on commas is the whole of
            // RFC 4180 for this line; most billing lines take this path, at several times the parser's speed
            return new CsvRecord(first, splitOnCommas(text), text);
        }
        StringBuilder raw = new StringBuilder(text);
        try {
            // while a quoted field is open the parser hands back the fields completed so far
            List<String> fields = new ArrayList<>(Arrays.asList(parser.parseLineMulti(text)));
            while (parser.isPending()) {
                String more = reader.readLine();
                if (more == null) {
                    parser.parseLine(""); // clears the parser's pending state
                    return new CsvRecord(first, null, raw.toString());
                }
                physicalLine++;
                raw.append('\n').append(more);
                fields.addAll(Arrays.asList(parser.parseLineMulti(more)));
            }
            return new CsvRecord(first, fields, raw.toString());
        }
        catch (IOException | RuntimeException unparseable) {
            return new CsvRecord(first, null, raw.toString());
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

    long linesRead() {
        return physicalLine;
    }

    static List<String> trimmed(List<String> fields) {
        return fields.stream().map(f -> f == null ? "" : f.strip()).toList();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
