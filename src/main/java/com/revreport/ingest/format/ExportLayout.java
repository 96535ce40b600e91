package com.revreport.ingest.format;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one kind of export file is written: which files, their encoding and delimiter, the values that
 * mean blank, the header name of each field, and how months and amounts are written.
 *
 * @param files a glob of file names inside the kind's folder
 * @param columns field key ({@link BillingField#key()}, or a ledger field) -> the export's header name
 * @param monthPattern how the month column writes a month; {@code null} when the month is in the file name
 */
public record ExportLayout(String files, Charset encoding, char delimiter, Set<String> nullValues,
        Map<String, String> columns, MonthPattern monthPattern, AmountFormat amounts) {

    public ExportLayout {
        nullValues = Set.copyOf(nullValues);
        columns = Map.copyOf(columns);
    }

    /** The export's header name of {@code field}, or {@code null} when the export has no such column. */
    public String column(String field) {
        return columns.get(field);
    }

    public boolean has(String field) {
        return columns.containsKey(field);
    }

    /** Whether a value, trimmed, is one the export writes for blank. */
    public boolean isNull(String trimmed) {
        return trimmed.isEmpty() || nullValues.contains(trimmed);
    }

    /** Whether a file of this kind is one of the export's: its name matches {@link #files()}, in any case. */
    public boolean matches(String fileName) {
        return java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + files.toLowerCase(Locale.ROOT))
                .matches(java.nio.file.Path.of(fileName.toLowerCase(Locale.ROOT)));
    }
}
