package com.revreport.ingest.csv;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.revreport.model.InputException;

/** Column positions by name: matched case-insensitively after trimming, in any order, extras ignored. */
public final class CsvHeader {

    private final int[] positions;

    private final int width;

    private final Map<String, Integer> byName;

    private CsvHeader(int[] positions, int width, Map<String, Integer> byName) {
        this.positions = positions;
        this.width = width;
        this.byName = byName;
    }

    /** Reads the header row and locates {@code required}, failing the file on the first one missing. */
    public static CsvHeader read(CsvRecordReader reader, String fileName, List<String> required) throws IOException {
        CsvRecord header = reader.next();
        if (header == null) {
            throw new InputException(fileName + ": the file is empty; a header row with "
                    + String.join(", ", required) + " is required");
        }
        if (header.malformed()) {
            throw new InputException(fileName + " line 1: the header row cannot be parsed as CSV");
        }
        CsvHeader located = of(header.fields(), fileName, required);
        reader.expectWidth(located.width());
        return located;
    }

    /** Locates {@code required} among the header's fields, failing the file on the first one missing. */
    public static CsvHeader of(List<String> fields, String fileName, List<String> required) {
        Map<String, Integer> byName = new HashMap<>();
        List<String> names = CsvRecordReader.trimmed(fields);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).toLowerCase(Locale.ROOT);
            Integer first = byName.putIfAbsent(name, i);
            // two columns for one required value: either could be the one meant, so neither is used
            if (first != null && required.contains(name)) {
                throw new InputException(fileName + ": column '" + name + "' appears twice in the header, as '"
                        + fields.get(first) + "' (field " + (first + 1) + ") and '" + fields.get(i)
                        + "' (field " + (i + 1) + "); keep one");
            }
        }
        int[] positions = new int[required.size()];
        for (int i = 0; i < required.size(); i++) {
            Integer position = byName.get(required.get(i));
            if (position == null) {
                throw new InputException(fileName + ": required column '" + required.get(i) + "' is missing");
            }
            positions[i] = position;
        }
        return new CsvHeader(positions, names.size(), byName);
    }

    /** The field position of a column that may be absent ({@code date} of an explanation), or -1. */
    public int optional(String name) {
        return byName.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }

    /** Number of fields every record must have. */
    public int width() {
        return width;
    }

    /** Field position of the {@code index}-th required column. */
    public int position(int index) {
        return positions[index];
    }

    /** The value of the {@code index}-th required column, trimmed. */
    public String value(List<String> fields, int index) {
        String value = fields.get(positions[index]);
        return value == null ? "" : value.strip();
    }
}
