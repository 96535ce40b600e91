package com.revreport.ingest;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Column positions by name: matched case-insensitively after trimming, in any order, extras ignored. */
final class CsvHeader {

    private final int[] positions;

    private final int width;

    private CsvHeader(int[] positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** Reads the header row and locates {@code required}, failing the file on the first one missing. */
    static CsvHeader read(CsvRecordReader reader, String fileName, List<String> required) throws IOException {
        CsvRecord header = reader.next();
        if (header == null) {
            throw new InputException(fileName + ": the file is empty; a header row with "
                    + String.join(", ", required) + " is required");
        }
        if (header.malformed()) {
            throw new InputException(fileName + " line 1: the header row cannot be parsed as CSV");
        }
        Map<String, Integer> byName = new HashMap<>();
        List<String> names = CsvRecordReader.trimmed(header.fields());
        for (int i = 0; i < names.size(); i++) {
            byName.putIfAbsent(names.get(i).toLowerCase(Locale.ROOT), i);
        }
        int[] positions = new int[required.size()];
        for (int i = 0; i < required.size(); i++) {
            Integer position = byName.get(required.get(i));
            if (position == null) {
                throw new InputException(fileName + ": required column '" + required.get(i) + "' is missing");
            }
            positions[i] = position;
        }
        reader.expectWidth(names.size());
        return new CsvHeader(positions, names.size());
    }

    /** Number of fields every record must have. */
    int width() {
        return width;
    }

    /** Field position of the {@code index}-th required column. */
    int position(int index) {
        return positions[index];
    }

    /** The value of the {@code index}-th required column, trimmed. */
    String value(List<String> fields, int index) {
        String value = fields.get(positions[index]);
        return value == null ? "" : value.strip();
    }
}
