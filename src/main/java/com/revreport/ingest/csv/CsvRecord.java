package com.revreport.ingest.csv;

import java.util.List;

/**
 * One CSV record as read from a file.
 *
 * @param line physical line of the record's first line (header = line 1)
 * @param fields the parsed fields, or {@code null} when the record could not be parsed
 * @param raw the record's text as it stood in the file (its lines joined by LF)
 */
public record CsvRecord(long line, List<String> fields, String raw) {

    public boolean malformed() {
        return fields == null;
    }
}
