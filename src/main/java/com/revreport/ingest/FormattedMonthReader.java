package com.revreport.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.revreport.ingest.csv.CsvRecord;
import com.revreport.ingest.csv.DelimitedRecords;
import com.revreport.ingest.csv.Amounts;
import com.revreport.ingest.format.BillingField;
import com.revreport.ingest.format.BillingFormat;
import com.revreport.ingest.format.ChargeTarget;
import com.revreport.ingest.format.ExportLayout;
import com.revreport.model.ChargeTotal;
import com.revreport.model.ChargeType;
import com.revreport.model.FileCounts;
import com.revreport.model.InputException;
import com.revreport.model.InputFile;
import com.revreport.model.MonthLoad;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;

/**
 * Reads one billing month from exports written in a billing format other than the native layout
 * (docs/input-format.md, "Billing formats"). Each record becomes the same validated row as a native one,
 * under the native rules in the native order; what a format changes is only how a value is written. With a
 * month column a file may hold several months: a month takes the rows of its own, and a row whose month
 * cannot be told (malformed, blank or unreadable) is rejected in the earliest month its file holds, so
 * that it is counted once.
 */
public class FormattedMonthReader {

    private static final List<String> FIELDS = Arrays.stream(BillingField.values()).map(BillingField::key).toList();

    private static final String LINE_ID = BillingField.LINE_ID.key(), MONTH = BillingField.MONTH.key(),
            CLIENT_ID = BillingField.CLIENT_ID.key(), CLIENT_NAME = BillingField.CLIENT_NAME.key(),
            SEGMENT = BillingField.SEGMENT.key(), CHARGE_TYPE = BillingField.CHARGE_TYPE.key(),
            AMOUNT = BillingField.AMOUNT.key(), CURRENCY = BillingField.CURRENCY.key();

    /** The fields a row must have, in the order a blank one is named: those the native layout requires. */
    private static final List<String> REQUIRED = List.of(LINE_ID, MONTH, CLIENT_ID, SEGMENT, CHARGE_TYPE, AMOUNT,
            CURRENCY);

    private final BillingFormat format;

    private final ExportLayout layout;

    private final BigDecimal maxRejectRatio;

    private final String reportingCurrency;

    /** @param reportingCurrency the currency of every amount when the format has no currency column */
    public FormattedMonthReader(BillingFormat format, BigDecimal maxRejectRatio, String reportingCurrency) {
        this.format = format;
        this.layout = format.billing();
        this.maxRejectRatio = maxRejectRatio;
        this.reportingCurrency = reportingCurrency;
    }

    /** @throws InputException when a file is unreadable, does not decode, lacks a column or has too many rejects */
    public MonthLoad read(YearMonth month, List<InputFile> files) {
        Month load = new Month(month);
        List<FileCounts> counts = new ArrayList<>();
        files.stream().sorted(BillingMonthReader.LOAD_ORDER).forEach(file -> counts.add(readFile(file, load)));
        return load.toLoad(counts);
    }

    /**
     * The months a file holds a row of, for a format with a month column: what decides which months it
     * feeds, and which must be loaded again when it changes.
     *
     * @throws InputException when the file has rows but none names a month the format can read: its rows
     *         would belong to no month
     */
    public static Set<YearMonth> monthsOf(ExportLayout layout, InputFile file) {
        Set<YearMonth> months = new TreeSet<>();
        long rows = 0;
        String firstUnreadable = null;
        WrittenMonths written = new WrittenMonths(layout.monthPattern());
        try (DelimitedRecords records = open(layout, file)) {
            ExportHeader header = ExportHeader.read(records, file.name(), layout, FIELDS);
            for (CsvRecord record = records.next(); record != null; record = records.next()) {
                rows++;
                YearMonth month = record.malformed() || record.fields().size() != header.width() ? null
                        : written.month(header.value(record.fields(), MONTH, layout));
                if (month != null) {
                    months.add(month);
                }
                else if (firstUnreadable == null) {
                    firstUnreadable = "line " + record.line();
                }
            }
        }
        catch (IOException | UncheckedIOException e) {
            throw new InputException(file.name() + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (rows > 0 && months.isEmpty()) {
            throw new InputException(file.name() + ": none of its " + rows + " rows has a " + layout.column(MONTH)
                    + " that reads as " + layout.monthPattern() + " (first at " + firstUnreadable
                    + "), so its rows belong to no month; it is almost surely the wrong file or the wrong format");
        }
        return months;
    }

    private static DelimitedRecords open(ExportLayout layout, InputFile file) throws IOException {
        return new DelimitedRecords(file.path(), file.name(), layout.encoding(), layout.delimiter());
    }

    private FileCounts readFile(InputFile file, Month month) {
        long started = System.nanoTime();
        FileRows rows = new FileRows(file.name());
        try (DelimitedRecords records = open(layout, file)) {
            ExportHeader header = ExportHeader.read(records, file.name(), layout, FIELDS);
            for (CsvRecord record = records.next(); record != null; record = records.next()) {
                month.add(file.name(), header, record, rows);
            }
        }
        catch (IOException | UncheckedIOException e) {
            throw new InputException(file.name() + ": cannot be read (" + e.getMessage() + ")", e);
        }
        // rows whose month cannot be told are this month's when it is the earliest the file holds
        if (rows.earliest == null || rows.earliest.equals(month.month)) {
            rows.unplaced.forEach(reject -> month.reject(reject, rows));
        }
        BillingMonthReader.requireFewRejects(file.name(), rows.read, rows.rejected, maxRejectRatio,
                rows.firstReject);
        return new FileCounts(file, rows.read, rows.read - rows.excluded - rows.rejected, rows.excluded,
                rows.rejected, System.nanoTime() - started);
    }

    /** One file's counts in the month being read, and its rows that belong to no month. */
    private static final class FileRows {

        private final String file;

        private long read;

        private long excluded;

        private long rejected;

        private String firstReject;

        private YearMonth earliest;

        private final List<Reject> unplaced = new ArrayList<>();

        FileRows(String file) {
            this.file = file;
        }
    }

    private record TotalKey(String clientId, String segment, ChargeType chargeType, String currency) {
    }

    /** The running state of one month: totals by key, the line ids seen, the rejects. */
    private final class Month {

        private final YearMonth month;

        private final Map<TotalKey, BigDecimal> totals = new LinkedHashMap<>();

        private final Map<String, String> clientNames = new HashMap<>();

        private final Set<String> lineIds = new HashSet<>();

        private final List<Reject> rejects = new ArrayList<>();

        private final WrittenMonths writtenMonths;

        Month(YearMonth month) {
            this.month = month;
            this.writtenMonths = layout.monthPattern() == null ? null : new WrittenMonths(layout.monthPattern());
        }

        void add(String file, ExportHeader header, CsvRecord record, FileRows rows) {
            if (record.malformed() || record.fields().size() != header.width()) {
                String message = record.malformed()
                        ? "unbalanced quotes: a quote that never closes, a quote inside an unquoted field, or text "
                                + "after a closing quote"
                        : "expected " + header.width() + " fields as in the header, found " + record.fields().size();
                unplaced(rows, new Reject(month, file, record.line(), RejectReason.MALFORMED_ROW, message,
                        record.raw()));
                return;
            }
            List<String> fields = record.fields();
            String blank = firstBlank(header, fields);
            YearMonth rowMonth = month;
            if (header.has(MONTH)) {
                String written = header.value(fields, MONTH, layout);
                rowMonth = written.isEmpty() ? null : writtenMonths.month(written);
                if (rowMonth == null) {
                    RejectReason reason = blank != null ? RejectReason.MISSING_FIELD : RejectReason.INVALID_MONTH;
                    String message = blank != null ? blankMessage(blank)
                            : layout.column(MONTH) + " '" + written + "' is not a date of the format's pattern "
                                    + layout.monthPattern();
                    unplaced(rows, reject(file, record, header, reason, message));
                    return;
                }
                if (rows.earliest == null || rowMonth.isBefore(rows.earliest)) {
                    rows.earliest = rowMonth;
                }
                if (!rowMonth.equals(month)) {
                    return; // another month's row: read when that month is
                }
            }
            rows.read++;
            if (blank != null) {
                reject(rows, reject(file, record, header, RejectReason.MISSING_FIELD, blankMessage(blank)));
                return;
            }
            String amountText = header.value(fields, AMOUNT, layout);
            BigDecimal amount = layout.amounts().parse(amountText);
            if (amount == null) {
                reject(rows, reject(file, record, header, RejectReason.INVALID_AMOUNT, layout.column(AMOUNT) + " '"
                        + amountText + "' does not read as an amount of the format: " + layout.amounts().rules()));
                return;
            }
            ChargeTarget target = target(header, fields);
            if (target == null) {
                reject(rows, reject(file, record, header, RejectReason.INVALID_CHARGE_TYPE, layout.column(CHARGE_TYPE)
                        + " '" + header.value(fields, CHARGE_TYPE, layout) + "' is not one of the format's charge types ("
                        + format.knownChargeTypes() + ")"));
                return;
            }
            if (target == ChargeTarget.EXCLUDED) {
                rows.excluded++;
                return;
            }
            ChargeType chargeType = target.chargeType();
            if (format.signRules() && !BillingRules.allowsSign(chargeType, amount.signum())) {
                reject(rows, reject(file, record, header, RejectReason.SIGN_MISMATCH, chargeType + " amount "
                        + amountText + (chargeType == ChargeType.CREDIT ? " is above zero" : " is below zero")));
                return;
            }
            String currency = header.has(CURRENCY) ? header.value(fields, CURRENCY, layout) : reportingCurrency;
            if (!Amounts.isKnownCurrency(currency)) {
                reject(rows, reject(file, record, header, RejectReason.UNKNOWN_CURRENCY, layout.column(CURRENCY)
                        + " '" + currency + "' is not an ISO 4217 code"));
                return;
            }
            if (header.has(LINE_ID) && !lineIds.add(header.value(fields, LINE_ID, layout))) {
                reject(rows, reject(file, record, header, RejectReason.DUPLICATE_LINE, layout.column(LINE_ID) + " '"
                        + header.value(fields, LINE_ID, layout) + "' already seen in " + month
                        + "; the first occurrence is kept"));
                return;
            }
            String clientId = storable(header.value(fields, CLIENT_ID, layout), CLIENT_ID, file, record);
            String segment = storable(header.value(fields, SEGMENT, layout), SEGMENT, file, record);
            String name = storable(header.value(fields, CLIENT_NAME, layout), CLIENT_NAME, file, record);
            totals.merge(new TotalKey(clientId, segment, chargeType, currency), amount, BigDecimal::add);
            // the name of the client's last line that has one; a line without one does not blank it
            if (name.isEmpty()) {
                clientNames.putIfAbsent(clientId, clientId);
            }
            else {
                clientNames.put(clientId, name);
            }
        }

        /** What the row's charge type counts as; {@code null} when the format does not know it. */
        private ChargeTarget target(ExportHeader header, List<String> fields) {
            if (format.correction() != null) {
                String marker = valueOfColumn(header, fields, format.correction().column());
                if (marker != null && marker.equalsIgnoreCase(format.correction().value())) {
                    return ChargeTarget.ADJUSTMENT;
                }
            }
            return header.has(CHARGE_TYPE) ? format.chargeTarget(header.value(fields, CHARGE_TYPE, layout))
                    : ChargeTarget.USAGE;
        }

        private String firstBlank(ExportHeader header, List<String> fields) {
            for (String field : REQUIRED) {
                if (header.has(field) && header.value(fields, field, layout).isEmpty()) {
                    return field;
                }
            }
            return null;
        }

        private String blankMessage(String field) {
            return layout.column(field) + " (" + field + ") is blank";
        }

        private Reject reject(String file, CsvRecord record, ExportHeader header, RejectReason reason,
                String message) {
            return new Reject(month, file, record.line(), reason, BillingMonthReader.capped(message), record.raw(),
                    BillingMonthReader.asWritten(header.value(record.fields(), CLIENT_ID, layout)),
                    layout.amounts().parse(header.value(record.fields(), AMOUNT, layout)),
                    header.has(CURRENCY) ? BillingMonthReader.asWritten(header.value(record.fields(), CURRENCY, layout))
                            : reportingCurrency);
        }

        private void unplaced(FileRows rows, Reject reject) {
            rows.unplaced.add(reject);
        }

        void reject(Reject reject, FileRows rows) {
            rows.read++;
            reject(rows, reject);
        }

        private void reject(FileRows rows, Reject reject) {
            rows.rejected++;
            if (rows.firstReject == null) {
                rows.firstReject = "line " + reject.line() + " " + reject.reason() + ": " + reject.message();
            }
            rejects.add(reject);
        }

        MonthLoad toLoad(List<FileCounts> counts) {
            List<ChargeTotal> list = new ArrayList<>(totals.size());
            totals.forEach((key, amount) -> list.add(new ChargeTotal(key.clientId(), key.segment(), key.chargeType(),
                    key.currency(), amount)));
            return new MonthLoad(month, List.copyOf(counts), list, Map.copyOf(clientNames), List.copyOf(rejects));
        }
    }

    /** A value of a column the format names outside {@code columns:} (FOCUS's ChargeClass), or {@code null}. */
    private static String valueOfColumn(ExportHeader header, List<String> fields, String column) {
        Integer position = header.position(column);
        return position == null ? null : fields.get(position).strip();
    }

    private static String storable(String value, String field, String file, CsvRecord record) {
        if (value.length() > BillingRules.MAX_TEXT) {
            throw new InputException(file + " line " + record.line() + ": " + field + " is " + value.length()
                    + " characters long, more than the " + BillingRules.MAX_TEXT + " the store keeps");
        }
        return value;
    }
}
