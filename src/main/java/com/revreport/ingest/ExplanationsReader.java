package com.revreport.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.revreport.ingest.csv.Amounts;
import com.revreport.ingest.csv.CsvHeader;
import com.revreport.ingest.csv.CsvRecord;
import com.revreport.ingest.csv.CsvRecordReader;
import com.revreport.model.Explanation;
import com.revreport.model.InputException;
import com.revreport.model.InputFile;

/**
 * Reads the explanations. Like the ledger, a bad row fails the run with its file and line: an explanation
 * carried onto the wrong finding, or silently dropped, would tell the reviewer a break was looked at when it
 * was not. The text is kept as written; the workbook writes it as text, never as a formula.
 */
public final class ExplanationsReader {

    private static final List<String> COLUMNS = List.of("segment", "period", "variance", "explanation", "by");

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private static final Pattern QUARTER = Pattern.compile("FY\\d{4}-Q[1-4]");

    private ExplanationsReader() {
    }

    public static List<Explanation> read(List<InputFile> files) {
        List<Explanation> explanations = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (InputFile file : files) {
            try (CsvRecordReader reader = new CsvRecordReader(file.path())) {
                CsvHeader header = CsvHeader.read(reader, file.name(), COLUMNS);
                for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                    String where = file.name() + " line " + record.line();
                    if (record.malformed() || record.fields().size() != header.width()) {
                        throw new InputException(where + ": malformed row (unbalanced quotes or wrong number of "
                                + "fields)");
                    }
                    Explanation e = explanation(header, record.fields(), where);
                    String earlier = firstSeen.putIfAbsent(e.segment() + "|" + e.period(), where);
                    if (earlier != null) {
                        throw new InputException(where + ": a second explanation for " + e.segment() + " / "
                                + e.period() + " (first at " + earlier + "); keep one row per segment and period");
                    }
                    explanations.add(e);
                }
            }
            catch (IOException e) {
                throw new InputException(file.name() + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return explanations;
    }

    private static Explanation explanation(CsvHeader header, List<String> fields, String where) {
        String[] row = new String[COLUMNS.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = header.value(fields, i).strip();
            if (row[i].isEmpty()) {
                throw new InputException(where + ": " + COLUMNS.get(i) + " is blank");
            }
        }
        String period = row[1];
        if (!MONTH.matcher(period).matches() && !QUARTER.matcher(period).matches()
                || MONTH.matcher(period).matches() && Amounts.parseMonth(period) == null) {
            throw new InputException(where + ": period '" + period + "' is neither a month (YYYY-MM) nor a quarter "
                    + "label (FY2024-Q3)");
        }
        String notPlain = Amounts.whyNotPlainDecimal(row[2]);
        if (notPlain != null) {
            throw new InputException(where + ": variance '" + row[2] + "' " + notPlain);
        }
        return new Explanation(row[0], period, new BigDecimal(row[2]), row[3], row[4], date(header, fields, where),
                where);
    }

    private static LocalDate date(CsvHeader header, List<String> fields, String where) {
        int column = header.optional("date");
        String text = column < 0 || column >= fields.size() ? "" : fields.get(column).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            throw new InputException(where + ": date '" + text + "' is not YYYY-MM-DD");
        }
    }
}
