package com.revreport.ingest;

import com.revreport.ingest.csv.DelimitedRecords;
import com.revreport.ingest.format.ExportLayout;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.revreport.model.FxRate;
import com.revreport.model.LedgerEntry;
import com.revreport.model.FileCounts;
import com.revreport.model.InputFile;
import com.revreport.model.InputException;
import com.revreport.ingest.csv.CsvHeader;
import com.revreport.ingest.csv.CsvRecord;
import com.revreport.ingest.csv.CsvRecordReader;
import com.revreport.ingest.csv.Amounts;

/**
 * Reads the ledger and the exchange rates. Unlike billing, these are the books of record: one bad
 * row fails the run with its file and line, since a guessed ledger or rate would make every
 * figure that depends on it wrong.
 */
public class ReferenceDataReader {

    private static final List<String> LEDGER_COLUMNS = List.of("month", "segment", "revenue", "currency");

    private static final List<String> FX_COLUMNS = List.of("month", "currency", "rate");

    /** Rows of the ledger or the rates, with each file's count for the audit trail. */
    public record ReferenceData<T>(List<T> rows, List<FileCounts> files) {
    }

    /** The ledger's layout when a billing format gives one; {@code null} for the native ledger. */
    private final ExportLayout ledgerLayout;

    private final String reportingCurrency;

    /** A reader of the native ledger and rates. */
    public ReferenceDataReader() {
        this(null, null);
    }

    /**
     * @param ledgerLayout the ledger's layout from a billing format's {@code ledger:} section, or {@code null}
     * @param reportingCurrency the currency of the ledger's revenue when that layout has no currency column
     */
    public ReferenceDataReader(ExportLayout ledgerLayout, String reportingCurrency) {
        this.ledgerLayout = ledgerLayout;
        this.reportingCurrency = reportingCurrency;
    }

    public ReferenceData<LedgerEntry> readLedger(List<InputFile> files) {
        List<LedgerEntry> entries = new ArrayList<>();
        List<FileCounts> counts = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (InputFile file : files) {
            long started = System.nanoTime();
            int before = entries.size();
            RowHandler handler = (row, where) -> {
                YearMonth month = ledgerLayout == null ? month(row[0], where) : formattedMonth(row[0], where);
                String segment = row[1];
                BigDecimal revenue = ledgerLayout == null ? decimal(row[2], "revenue", where)
                        : formattedRevenue(row[2], where);
                String currency = currency(row[3], where);
                String earlier = firstSeen.putIfAbsent(month + "|" + segment, where);
                if (earlier != null) {
                    throw new InputException(where + ": duplicate ledger row for " + month + " / " + segment
                            + " (first at " + earlier + "); the ledger holds one row per month and segment");
                }
                entries.add(new LedgerEntry(month, segment, currency, revenue));
            };
            if (ledgerLayout == null) {
                forEachRow(file, LEDGER_COLUMNS, handler);
            }
            else {
                forEachFormattedRow(file, handler);
            }
            counts.add(whole(file, entries.size() - before, started));
        }
        return new ReferenceData<>(entries, counts);
    }

    public ReferenceData<FxRate> readRates(List<InputFile> files) {
        List<FxRate> rates = new ArrayList<>();
        List<FileCounts> counts = new ArrayList<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (InputFile file : files) {
            long started = System.nanoTime();
            int before = rates.size();
            forEachRow(file, FX_COLUMNS, (row, where) -> {
                YearMonth month = month(row[0], where);
                String currency = currency(row[1], where);
                BigDecimal rate = rate(row[2], where);
                if (rate.signum() <= 0) {
                    throw new InputException(where + ": rate " + row[2] + " must be above zero");
                }
                String earlier = firstSeen.putIfAbsent(month + "|" + currency, where);
                if (earlier != null) {
                    throw new InputException(where + ": duplicate rate for " + month + " / " + currency
                            + " (first at " + earlier + ")");
                }
                rates.add(new FxRate(month, currency, rate));
            });
            counts.add(whole(file, rates.size() - before, started));
        }
        return new ReferenceData<>(rates, counts);
    }

    /** A reference file loads whole or fails the run: every row read is accepted. */
    private static FileCounts whole(InputFile file, long rows, long started) {
        return new FileCounts(file, rows, rows, 0, System.nanoTime() - started);
    }

    /**
     * The most digits before the point of a rate: more than the dearest currency costs in the cheapest
     * (an ounce of gold, {@code XAU}, in rials), and an amount times a rate stays below 10^30
     * (docs/faults.md).
     */
    static final int MAX_RATE_WHOLE_DIGITS = 12;

    /**
     * Rates need more decimals than amounts (one Indonesian rupiah is about 0.00006 US dollars): a plain
     * decimal with up to 12, as the store keeps them.
     */
    private static BigDecimal rate(String text, String where) {
        if (!text.matches("\\d+(\\.\\d{1,12})?")) {
            throw new InputException(where + ": rate '" + text + "' is not a plain decimal with up to 12 decimals");
        }
        if (Amounts.wholeDigits(text) > MAX_RATE_WHOLE_DIGITS) {
            throw new InputException(where + ": rate '" + text + "' has " + Amounts.wholeDigits(text)
                    + " digits before the point, more than " + MAX_RATE_WHOLE_DIGITS);
        }
        return new BigDecimal(text);
    }

    private interface RowHandler {
        void accept(String[] row, String where);
    }

    private static void forEachRow(InputFile file, List<String> columns, RowHandler handler) {
        try (CsvRecordReader reader = new CsvRecordReader(file.path())) {
            CsvHeader header = CsvHeader.read(reader, file.name(), columns);
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                String where = file.name() + " line " + record.line();
                if (record.malformed() || record.fields().size() != header.width()) {
                    throw new InputException(where + ": malformed row (unbalanced quotes or wrong number of fields)");
                }
                String[] row = new String[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = header.value(record.fields(), i);
                    if (row[i].isEmpty()) {
                        throw new InputException(where + ": " + columns.get(i) + " is blank");
                    }
                }
                handler.accept(row, where);
            }
        }
        catch (IOException e) {
            throw new InputException(file.name() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The rows of a ledger file of a format's {@code ledger:} layout; without a currency column, revenue is in the reporting currency. */
    private void forEachFormattedRow(InputFile file, RowHandler handler) {
        try (DelimitedRecords records = new DelimitedRecords(file.path(), file.name(), ledgerLayout.encoding(),
                ledgerLayout.delimiter())) {
            ExportHeader header = ExportHeader.read(records, file.name(), ledgerLayout, LEDGER_COLUMNS);
            for (CsvRecord record = records.next(); record != null; record = records.next()) {
                String where = file.name() + " line " + record.line();
                if (record.malformed() || record.fields().size() != header.width()) {
                    throw new InputException(where + ": malformed row (unbalanced quotes or wrong number of fields)");
                }
                String[] row = new String[LEDGER_COLUMNS.size()];
                for (int i = 0; i < row.length; i++) {
                    String column = LEDGER_COLUMNS.get(i);
                    row[i] = header.value(record.fields(), column, ledgerLayout);
                    if (row[i].isEmpty() && column.equals("currency") && !ledgerLayout.has(column)) {
                        row[i] = reportingCurrency;
                    }
                    if (row[i].isEmpty()) {
                        throw new InputException(where + ": " + ledgerLayout.column(column) + " (" + column
                                + ") is blank");
                    }
                }
                handler.accept(row, where);
            }
        }
        catch (IOException e) {
            throw new InputException(file.name() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private YearMonth formattedMonth(String text, String where) {
        YearMonth month = ledgerLayout.monthPattern().month(text);
        if (month == null) {
            throw new InputException(where + ": " + ledgerLayout.column("month") + " '" + text
                    + "' is not a date of the format's pattern " + ledgerLayout.monthPattern());
        }
        return month;
    }

    private BigDecimal formattedRevenue(String text, String where) {
        BigDecimal revenue = ledgerLayout.amounts().parse(text);
        if (revenue == null) {
            throw new InputException(where + ": " + ledgerLayout.column("revenue") + " '" + text
                    + "' does not read as an amount of the format: " + ledgerLayout.amounts().rules());
        }
        return revenue;
    }

    private static YearMonth month(String text, String where) {
        YearMonth month = Amounts.parseMonth(text);
        if (month == null) {
            throw new InputException(where + ": month '" + text + "' is not YYYY-MM");
        }
        return month;
    }

    private static BigDecimal decimal(String text, String column, String where) {
        String notPlain = Amounts.whyNotPlainDecimal(text);
        if (notPlain != null) {
            throw new InputException(where + ": " + column + " '" + text + "' " + notPlain);
        }
        return new BigDecimal(text);
    }

    private static String currency(String text, String where) {
        if (!Amounts.isKnownCurrency(text)) {
            throw new InputException(where + ": currency '" + text + "' is not an ISO 4217 code");
        }
        return text;
    }
}
