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
import com.revreport.model.InputFile;
import com.revreport.model.InputException;
import com.revreport.ingest.csv.CsvHeader;
import com.revreport.ingest.csv.CsvRecord;
import com.revreport.ingest.csv.CsvRecordReader;

/**
 * Parses every billing file of one month, in file-name order, validating each row (docs/input-format.md) and
 * summing the accepted ones while streaming, so memory grows with clients, not with lines. A
 * month's files are read together because a {@code line_id} is unique across all of them and the
 * first occurrence, in that order, is the one kept.
 */
public class BillingMonthReader {

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
            BillingRow row = new BillingRow(file.name(), CsvHeader.read(reader, file.name(), BillingRules.COLUMNS));
            PlainBillingLines plain = plainLines ? month.plainLines(row) : null;
            for (CsvRecord record = reader.next(plain); record != null; record = reader.next(plain)) {
                read++;
                Reject reject = month.add(row, record);
                if (reject != null) {
                    rejected++;
                }
            }
            read += plain == null ? 0 : plain.accepted();
        }
        catch (IOException | UncheckedIOException e) {
            throw new InputException(file.name() + ": cannot be read (" + e.getMessage() + ")", e);
        }
        requireFewRejects(file.name(), read, rejected, maxRejectRatio, month.firstRejectOf(file.name()));
        return new FileCounts(file, read, read - rejected, rejected, System.nanoTime() - started);
    }

    /**
     * A file with more rejects than {@code maxRejectRatio} of its rows is almost surely the wrong file: it fails
     * rather than report on what is left of it.
     */
    static void requireFewRejects(String fileName, long read, long rejected, BigDecimal maxRejectRatio,
            String firstReject) {
        if (read > 0 && BigDecimal.valueOf(rejected).compareTo(maxRejectRatio.multiply(BigDecimal.valueOf(read))) > 0) {
            BigDecimal percent = BigDecimal.valueOf(rejected * 100).divide(BigDecimal.valueOf(read), 1, RoundingMode.HALF_UP);
            throw new InputException(fileName + ": " + rejected + " of " + read + " rows rejected (" + percent
                    + "%), more than max-reject-ratio " + maxRejectRatio.stripTrailingZeros().toPlainString()
                    + "; it is almost surely the wrong file. First reject: " + firstReject);
        }
    }

    /** A reject's message as the store keeps it: it quotes input values, and the store keeps 4,000 characters. */
    static String capped(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "...";
    }

    /** A value of a rejected row as written, as long as the store keeps it; {@code null} when blank. */
    static String asWritten(String value) {
        int max = BillingRules.MAX_TEXT;
        return value.isEmpty() ? null : value.length() <= max ? value : value.substring(0, max);
    }

    /** The running state of one month: totals by key, the line ids seen, the rejects. */
    private static final class MonthAccumulator {

        private final YearMonth month;

        private final ChargeTotals totals = new ChargeTotals();

        private final BillingRules rules;

        private final List<Reject> rejects = new ArrayList<>();

        MonthAccumulator(YearMonth month, long expectedLines) {
            this.month = month;
            this.rules = new BillingRules(month, new LineIdSet(expectedLines));
        }

        /** Plain lines of a file whose rows {@code row} shows, checked and summed into this month. */
        PlainBillingLines plainLines(BillingRow row) {
            return new PlainBillingLines(row, rules, totals);
        }

        /**
         * @param row the row of the record's file, to show the record
         * @return the reject, or {@code null} when the row was accepted and counted
         */
        Reject add(BillingRow row, CsvRecord record) {
            row.show(record);
            RejectReason reason = rules.check(row);
            if (reason == null) {
                totals.add(row);
                return null;
            }
            String message = capped(rules.message(reason, row));
            // the client, amount and currency, so a reader can size what was rejected; a malformed row has
            // no column to take them from
            boolean fields = reason != RejectReason.MALFORMED_ROW;
            Reject reject = new Reject(month, row.file(), record.line(), reason, message, record.raw(),
                    fields ? asWritten(row.text(BillingRules.CLIENT_ID)) : null,
                    fields ? BillingRules.amountOf(row) : null,
                    fields ? asWritten(row.text(BillingRules.CURRENCY)) : null);
            rejects.add(reject);
            return reject;
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
}
