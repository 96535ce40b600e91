package com.revreport.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.revreport.model.FileCounts;
import com.revreport.model.MonthLoad;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;
import com.revreport.model.ChargeType;
import com.revreport.model.InputFile;

/**
 * Parses every billing file of one month, in file-name order, validating each row (spec 1.1) and
 * summing the accepted ones while streaming, so memory grows with clients, not with lines. A
 * month's files are read together because a {@code line_id} is unique across all of them and the
 * first occurrence, in that order, is the one kept.
 */
public class BillingMonthReader {

    static final List<String> COLUMNS = List.of("line_id", "billing_month", "client_id", "client_name", "segment",
            "charge_type", "amount", "currency");

    private static final int LINE_ID = 0, BILLING_MONTH = 1, CLIENT_ID = 2, CLIENT_NAME = 3, SEGMENT = 4,
            CHARGE_TYPE = 5, AMOUNT = 6, CURRENCY = 7;

    /** The longest client id, segment or client name the store keeps (V4 migration). */
    static final int MAX_TEXT = 4000;

    /** Reject messages quote input values; the store keeps 4,000 characters of a message. */
    private static final int MAX_MESSAGE = 2000;

    /**
     * The order a month's files are read in, which decides the first occurrence of a {@code line_id}:
     * billing-2024-03.csv before billing-2024-03-part2.csv, which a plain name order would reverse.
     */
    public static final Comparator<InputFile> LOAD_ORDER = Comparator.comparing(BillingMonthReader::baseName);

    private final BigDecimal maxRejectRatio;

    /** Whether plain lines are taken from the bytes ({@link PlainBillingLines}); off only to test that it changes nothing. */
    private final boolean plainLines;

    public BillingMonthReader(BigDecimal maxRejectRatio) {
        this(maxRejectRatio, true);
    }

    BillingMonthReader(BigDecimal maxRejectRatio, boolean plainLines) {
        this.maxRejectRatio = maxRejectRatio;
        this.plainLines = plainLines;
    }

    /** @throws InputException when a file is unreadable, lacks a column or has too many rejects */
    public MonthLoad read(YearMonth month, List<InputFile> files) {
        // room for one line id per 100 bytes (up to a million ids): lines of that length or longer seldom
        // make the set grow, shorter ones (the benchmark's are 76 bytes) once at most
        long bytes = files.stream().mapToLong(BillingMonthReader::size).sum();
        MonthAccumulator month0 = new MonthAccumulator(month, bytes / 100);
        List<FileCounts> counts = new ArrayList<>();
        files.stream().sorted(LOAD_ORDER)
                .forEach(file -> counts.add(readFile(file, month0)));
        return month0.toLoad(counts);
    }

    private static long size(InputFile file) {
        try {
            return java.nio.file.Files.size(file.path());
        }
        catch (IOException unreadable) {
            return 0; // reading it will say why
        }
    }

    private static String baseName(InputFile file) {
        String name = file.name();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }

    private FileCounts readFile(InputFile file, MonthAccumulator month) {
        long started = System.nanoTime();
        long read = 0;
        long rejected = 0;
        try (CsvRecordReader reader = new CsvRecordReader(file.path())) {
            CsvHeader header = CsvHeader.read(reader, file.name(), COLUMNS);
            PlainBillingLines plain = plainLines ? month.plainLines(header) : null;
            for (CsvRecord record = reader.next(plain); record != null; record = reader.next(plain)) {
                read++;
                Reject reject = month.add(file.name(), header, record);
                if (reject != null) {
                    rejected++;
                }
            }
            read += plain == null ? 0 : plain.accepted();
        }
        catch (IOException | UncheckedIOException e) {
            throw new InputException(file.name() + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (read > 0 && BigDecimal.valueOf(rejected).compareTo(maxRejectRatio.multiply(BigDecimal.valueOf(read))) > 0) {
            BigDecimal percent = BigDecimal.valueOf(rejected * 100).divide(BigDecimal.valueOf(read), 1, RoundingMode.HALF_UP);
            throw new InputException(file.name() + ": " + rejected + " of " + read + " rows rejected (" + percent
                    + "%), more than max-reject-ratio " + maxRejectRatio.stripTrailingZeros().toPlainString()
                    + "; it is almost surely the wrong file. First reject: " + month.firstRejectOf(file.name()));
        }
        return new FileCounts(file, read, read - rejected, rejected, System.nanoTime() - started);
    }

    /** The running state of one month: totals by key, the line ids seen, the rejects. */
    private static final class MonthAccumulator {

        private final YearMonth month;

        private final ChargeTotals totals = new ChargeTotals();

        private final LineIdSet lineIds;

        private final List<Reject> rejects = new ArrayList<>();

        MonthAccumulator(YearMonth month, long expectedLines) {
            this.month = month;
            this.lineIds = new LineIdSet(expectedLines);
        }

        /** Plain lines of a file with this header, checked and summed into this month. */
        PlainBillingLines plainLines(CsvHeader header) {
            return new PlainBillingLines(header, month, totals, lineIds, MAX_TEXT);
        }

        /** @return the reject, or {@code null} when the row was accepted and counted */
        Reject add(String fileName, CsvHeader header, CsvRecord record) {
            Rejection rejection = validate(header, record);
            if (rejection != null) {
                String message = rejection.message().length() <= MAX_MESSAGE ? rejection.message()
                        : rejection.message().substring(0, MAX_MESSAGE) + "...";
                // the client and amount as written, so a reader can size what was rejected; a row with the
                // wrong number of fields has no column to take them from
                boolean fields = !record.malformed() && record.fields().size() == header.width();
                Reject reject = new Reject(fileName, record.line(), rejection.reason(), message, record.raw(),
                        fields ? asWritten(header.value(record.fields(), CLIENT_ID)) : null,
                        fields ? asWritten(header.value(record.fields(), AMOUNT)) : null);
                rejects.add(reject);
                return reject;
            }
            List<String> f = record.fields();
            for (int column : new int[] { CLIENT_ID, CLIENT_NAME, SEGMENT }) {
                if (header.value(f, column).length() > MAX_TEXT) {
                    // no reject reason fits, and the store cannot keep it: the file is wrong as a whole
                    throw new InputException(fileName + " line " + record.line() + ": " + COLUMNS.get(column) + " is "
                            + header.value(f, column).length() + " characters long, more than the " + MAX_TEXT
                            + " the store keeps");
                }
            }
            totals.add(header.value(f, CLIENT_ID), header.value(f, SEGMENT), ChargeType.parse(header.value(f, CHARGE_TYPE)),
                    header.value(f, CURRENCY), header.value(f, AMOUNT), header.value(f, CLIENT_NAME));
            return null;
        }

        private static String asWritten(String value) {
            return value.isEmpty() ? null : value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
        }

        private Rejection validate(CsvHeader header, CsvRecord record) {
            if (record.malformed()) {
                return new Rejection(RejectReason.MALFORMED_ROW, "unbalanced quotes: a quote that never closes, "
                        + "a quote inside an unquoted field, or text after a closing quote");
            }
            List<String> f = record.fields();
            if (f.size() != header.width()) {
                return new Rejection(RejectReason.MALFORMED_ROW,
                        "expected " + header.width() + " fields as in the header, found " + f.size());
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                if (header.value(f, i).isEmpty()) {
                    return new Rejection(RejectReason.MISSING_FIELD, COLUMNS.get(i) + " is blank");
                }
            }
            String monthText = header.value(f, BILLING_MONTH);
            YearMonth billingMonth = Amounts.parseMonth(monthText);
            if (billingMonth == null) {
                return new Rejection(RejectReason.INVALID_MONTH, "billing_month '" + monthText + "' is not YYYY-MM");
            }
            if (!billingMonth.equals(month)) {
                return new Rejection(RejectReason.MONTH_MISMATCH,
                        "billing_month " + billingMonth + " differs from the file's month " + month);
            }
            String amountText = header.value(f, AMOUNT);
            String notPlain = Amounts.whyNotPlainDecimal(amountText);
            if (notPlain != null) {
                return new Rejection(RejectReason.INVALID_AMOUNT, "amount '" + amountText + "' " + notPlain);
            }
            String chargeTypeText = header.value(f, CHARGE_TYPE);
            ChargeType chargeType = ChargeType.parse(chargeTypeText);
            if (chargeType == null) {
                return new Rejection(RejectReason.INVALID_CHARGE_TYPE, "charge_type '" + chargeTypeText
                        + "' is not USAGE, SUBSCRIPTION, CREDIT or ADJUSTMENT");
            }
            if (!chargeType.allows(Amounts.signum(amountText))) {
                return new Rejection(RejectReason.SIGN_MISMATCH, chargeType + " amount " + amountText
                        + (chargeType == ChargeType.CREDIT ? " is above zero" : " is below zero"));
            }
            String currency = header.value(f, CURRENCY);
            if (!Amounts.isKnownCurrency(currency)) {
                return new Rejection(RejectReason.UNKNOWN_CURRENCY, "currency '" + currency + "' is not an ISO 4217 code");
            }
            String lineId = header.value(f, LINE_ID);
            if (!lineIds.add(lineId)) {
                return new Rejection(RejectReason.DUPLICATE_LINE,
                        "line_id '" + lineId + "' already seen in " + month + "; the first occurrence is kept");
            }
            return null;
        }

        String firstRejectOf(String fileName) {
            return rejects.stream().filter(r -> r.file().equals(fileName)).findFirst()
                    .map(r -> "line " + r.line() + " " + r.reason() + ": " + r.message()).orElse("none");
        }

        MonthLoad toLoad(List<FileCounts> counts) {
            return new MonthLoad(month, List.copyOf(counts), totals.totals(), Map.copyOf(totals.clientNames()),
                    List.copyOf(rejects));
        }
    }

    private record Rejection(RejectReason reason, String message) {
    }
}
