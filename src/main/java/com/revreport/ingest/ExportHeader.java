package com.revreport.ingest;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.revreport.ingest.csv.CsvRecord;
import com.revreport.ingest.csv.DelimitedRecords;
import com.revreport.ingest.format.ExportLayout;
import com.revreport.model.InputException;

/**
 * Where each field of a layout stands in one export file, found by the header names the layout gives
 * (case-insensitive, trimmed), so that an export may order and add columns as it likes.
 */
final class ExportHeader {

    private final Map<String, Integer> positions;

    private final Map<String, Integer> byName;

    private final int width;

    private ExportHeader(Map<String, Integer> positions, Map<String, Integer> byName, int width) {
        this.positions = positions;
        this.byName = byName;
        this.width = width;
    }

    /**
     * Reads the header, the file's first record.
     *
     * @throws InputException naming the column as the export calls it when the header lacks a mapped one
     */
    static ExportHeader read(DelimitedRecords records, String fileName, ExportLayout layout, List<String> fields)
            throws IOException {
        CsvRecord header = records.next();
        if (header == null || header.malformed()) {
            throw new InputException(fileName + ": " + (header == null ? "the file is empty; it needs a header row"
                    : "the header row's quotes do not balance"));
        }
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            byName.putIfAbsent(normal(header.fields().get(i)), i);
        }
        Map<String, Integer> positions = new HashMap<>();
        for (String field : fields) {
            String column = layout.column(field);
            if (column == null) {
                continue;
            }
            Integer position = byName.get(normal(column));
            if (position == null) {
                throw new InputException(fileName + ": column '" + column + "' (" + field
                        + ") is missing from the header");
            }
            positions.put(field, position);
        }
        records.expectWidth(header.fields().size());
        return new ExportHeader(positions, byName, header.fields().size());
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    int width() {
        return width;
    }

    /** Where a column the layout does not map stands, by its header name; {@code null} when there is none. */
    Integer position(String column) {
        return byName.get(normal(column));
    }

    boolean has(String field) {
        return positions.containsKey(field);
    }

    /** The field's value, trimmed, blank when the export writes one of its null values or has no such column. */
    String value(List<String> record, String field, ExportLayout layout) {
        Integer position = positions.get(field);
        if (position == null) {
            return "";
        }
        String value = record.get(position).strip();
        return layout.isNull(value) ? "" : value;
    }
}
