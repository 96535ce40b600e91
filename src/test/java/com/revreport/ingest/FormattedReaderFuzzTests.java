package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.ingest.csv.CsvRecord;
import com.revreport.ingest.csv.DelimitedRecords;
import com.revreport.ingest.format.BillingFormat;
import com.revreport.ingest.format.BillingFormats;
import com.revreport.model.FileCounts;
import com.revreport.model.InputException;
import com.revreport.model.InputFile;
import com.revreport.model.MonthLoad;
import com.revreport.model.RejectReason;

/**
 * Random formats (delimiters, encodings with and without a byte-order mark, decimal commas, grouping,
 * parentheses, a month column or none, line ids or none) and random exports written in them, from nearly
 * valid to broken (quotes anywhere, delimiters, line ends, bytes that are not text in the encoding). Whatever
 * the bytes, finding a file's months and reading each month either fails with an {@link InputException}
 * naming the file on one line, or accounts for every record of every file exactly once over its months:
 * Read = Accepted + Excluded + Rejected, and the Reads add up to the records in the file.
 * <p>
 * Case {@code n} is made from the seed {@code base + n}; to repeat one: {@code -Dfuzz.seed=<seed> -Dfuzz.cases=1}.
 */
class FormattedReaderFuzzTests {

    private static final long BASE_SEED = Long.getLong("fuzz.seed", 20_261_206L);

    private static final int CASES = Integer.getInteger("fuzz.cases", 1500);

    private static final String[] ENCODINGS = { "UTF-8", "windows-1252", "UTF-16", "ISO-8859-15" };

    private static final char[] DELIMITERS = { ',', ';', '\t', '|' };

    @TempDir
    Path dir;

    @Test
    void everyRecordIsCountedInExactlyOneMonthOrTheFileFailsNamingIt() throws IOException {
        Set<String> outcomes = new TreeSet<>();
        for (int n = 0; n < CASES; n++) {
            long seed = BASE_SEED + n;
            Random random = new Random(seed);
            Layout layout = Layout.random(random);
            BillingFormat format = format(layout, seed);
            List<InputFile> files = new ArrayList<>();
            for (int f = 0, count = 1 + random.nextInt(2); f < count; f++) {
                files.add(write(random, layout, seed, f));
            }
            try {
                check(format, layout, files, seed, outcomes);
            }
            catch (InputException failure) {
                assertThat(failure.getMessage()).as(seed(seed))
                        .containsAnyOf(files.stream().map(InputFile::name).toArray(String[]::new))
                        .doesNotContain("\n", "\r");
                outcomes.add(failure.getMessage().contains("that are not") ? "not text" : "failed");
            }
            catch (RuntimeException | Error defect) {
                throw new AssertionError(seed(seed) + ": " + defect, defect);
            }
            for (InputFile file : files) {
                Files.delete(file.path());
            }
        }
        if (CASES >= 1000) {
            // the files reach every outcome, so a generator grown too tame fails here
            assertThat(outcomes).contains("accepted", "excluded", "failed", "not text", "MALFORMED_ROW",
                    "MISSING_FIELD", "INVALID_MONTH", "INVALID_AMOUNT", "INVALID_CHARGE_TYPE", "SIGN_MISMATCH",
                    "UNKNOWN_CURRENCY", "DUPLICATE_LINE");
        }
    }

    private static void check(BillingFormat format, Layout layout, List<InputFile> files, long seed,
            Set<String> outcomes) throws IOException {
        // which months each file feeds, as the plan works it out
        Map<YearMonth, List<InputFile>> months = new TreeMap<>();
        for (InputFile file : files) {
            Set<YearMonth> held = layout.monthColumn ? FormattedMonthReader.monthsOf(format.billing(), file)
                    : Set.of(file.month());
            held.forEach(month -> months.computeIfAbsent(month, m -> new ArrayList<>()).add(file));
        }
        FormattedMonthReader reader = new FormattedMonthReader(format, BigDecimal.ONE, "USD");
        Map<String, Long> readByFile = new HashMap<>();
        for (Map.Entry<YearMonth, List<InputFile>> month : months.entrySet()) {
            MonthLoad load = reader.read(month.getKey(), month.getValue());
            for (FileCounts counts : load.files()) {
                assertThat(counts.read()).as(seed(seed))
                        .isEqualTo(counts.accepted() + counts.excluded() + counts.rejected());
                assertThat(load.rejects().stream().filter(r -> r.file().equals(counts.file().name())).count())
                        .as(seed(seed)).isEqualTo(counts.rejected());
                readByFile.merge(counts.file().name(), counts.read(), Long::sum);
                if (counts.accepted() > 0) {
                    outcomes.add("accepted");
                }
                if (counts.excluded() > 0) {
                    outcomes.add("excluded");
                }
            }
            assertThat(load.rejects()).as(seed(seed)).allSatisfy(r -> assertThat(r.line()).isGreaterThan(1));
            load.rejects().forEach(r -> outcomes.add(r.reason().name()));
            assertThat(load.totals()).as(seed(seed)).allSatisfy(t -> assertThat(t.amount().scale()).isLessThanOrEqualTo(12));
        }
        for (InputFile file : files) {
            assertThat(readByFile.getOrDefault(file.name(), 0L)).as(seed(seed) + " " + file.name())
                    .isEqualTo(records(format, file));
        }
    }

    /** The file's records after its header, as the delimited reader splits them: the rows a run must account for. */
    private static long records(BillingFormat format, InputFile file) throws IOException {
        try (DelimitedRecords records = new DelimitedRecords(file.path(), file.name(), format.billing().encoding(),
                format.billing().delimiter())) {
            CsvRecord header = records.next();
            if (header == null) {
                return 0;
            }
            records.expectWidth(header.malformed() ? 0 : header.fields().size());
            long count = 0;
            while (records.next() != null) {
                count++;
            }
            return count;
        }
    }

    private static String seed(long seed) {
        return "seed " + seed + " (repeat with -Dfuzz.seed=" + seed + " -Dfuzz.cases=1)";
    }

    /** The shape of one case's format and the header names its exports use. */
    private record Layout(String encoding, boolean byteOrderMark, char delimiter, boolean decimalComma,
            boolean grouping, boolean parentheses, boolean monthColumn, boolean lineIds, boolean signRules) {

        static Layout random(Random random) {
            String encoding = ENCODINGS[random.nextInt(ENCODINGS.length)];
            boolean decimalComma = random.nextBoolean();
            return new Layout(encoding, encoding.startsWith("UTF") && random.nextBoolean(),
                    DELIMITERS[random.nextInt(DELIMITERS.length)], decimalComma, random.nextBoolean(),
                    random.nextBoolean(), random.nextInt(3) > 0, random.nextBoolean(), random.nextBoolean());
        }

        char decimal() {
            return decimalComma ? ',' : '.';
        }

        char groupingSeparator() {
            return decimalComma ? '.' : ',';
        }

        List<String> columns() {
            List<String> columns = new ArrayList<>(List.of("Kunde Nr", "Name", "Sparte", "Art", "Betrag", "Währung"));
            if (lineIds) {
                columns.add("Beleg");
            }
            if (monthColumn) {
                columns.add("Datum");
            }
            return columns;
        }
    }

    private BillingFormat format(Layout layout, long seed) throws IOException {
        StringBuilder yaml = new StringBuilder("billing:\n")
                .append("  encoding: ").append(layout.encoding).append('\n')
                .append("  delimiter: \"").append(layout.delimiter == '\t' ? "\\t" : String.valueOf(layout.delimiter))
                .append("\"\n")
                .append("  null-values: [\"\", \"NULL\"]\n")
                .append("  columns: {client_id: Kunde Nr, client_name: Name, segment: Sparte, charge_type: Art, ")
                .append("amount: Betrag, currency: Währung")
                .append(layout.lineIds ? ", line_id: Beleg" : "").append(layout.monthColumn ? ", month: Datum" : "")
                .append("}\n")
                .append("  month-pattern: dd.MM.yyyy\n")
                .append("  decimal-separator: \"").append(layout.decimal()).append("\"\n")
                .append("  grouping-separator: \"").append(layout.grouping ? String.valueOf(layout.groupingSeparator()) : "")
                .append("\"\n")
                .append("  negative-in-parentheses: ").append(layout.parentheses).append('\n')
                .append("  currency-symbols: [\"$\", \"€\"]\n")
                .append("  sign-rules: ").append(layout.signRules).append('\n')
                .append("  charge-types: {Nutzung: USAGE, Abo: SUBSCRIPTION, Gutschrift: CREDIT, Korrektur: ADJUSTMENT, ")
                .append("Steuer: EXCLUDED}\n");
        String name = seed + ".yaml";
        Files.writeString(dir.resolve(name), yaml);
        return BillingFormats.of(name, dir);
    }

    private InputFile write(Random random, Layout layout, long seed, int index) throws IOException {
        String name = index == 0 ? "export-2024-03.csv" : "export-2024-03-part2.csv";
        Path path = dir.resolve(seed + "-" + name);
        Files.write(path, export(random, layout));
        return new InputFile(path, "billing/" + name, "", YearMonth.of(2024, 3));
    }

    private static byte[] export(Random random, Layout layout) throws IOException {
        Charset charset = Charset.forName(layout.encoding.equals("UTF-16") ? "UTF-16LE" : layout.encoding);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (layout.byteOrderMark) {
            out.write("\ufeff".getBytes(charset));
        }
        List<String> header = layout.columns();
        if (random.nextBoolean()) {
            Collections.shuffle(header, random);
        }
        if (random.nextInt(3) == 0) {
            header.add(random.nextInt(header.size() + 1), "Notiz");
        }
        if (random.nextInt(60) == 0) {
            header.remove(random.nextInt(header.size())); // a missing column fails the file
        }
        String[] ends = { "\n", "\r\n", "\r" };
        String end = ends[random.nextInt(ends.length)];
        String delimiter = String.valueOf(layout.delimiter);
        out.write(mutate(random, String.join(delimiter, header), 0.03, layout, charset));
        out.write(end.getBytes(charset));
        int lines = random.nextInt(25);
        for (int i = 0; i < lines; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String column : header) {
                row.put(column, value(random, column, layout));
            }
            out.write(mutate(random, String.join(delimiter, row.values()), 0.12, layout, charset));
            if (!(i == lines - 1 && random.nextInt(3) == 0)) { // the last line may lack its end
                out.write(end.getBytes(charset));
            }
            if (random.nextInt(15) == 0) {
                out.write(end.getBytes(charset)); // a blank line is no row
            }
        }
        return out.toByteArray();
    }

    /**
     * The line in the file's encoding, now and then with a quote, a delimiter or a line end put in or a character
     * taken out, and rarely a byte that may not be text in the encoding.
     */
    private static byte[] mutate(Random random, String line, double chance, Layout layout, Charset charset) {
        StringBuilder text = new StringBuilder(line);
        while (text.length() > 0 && random.nextDouble() < chance) {
            int at = random.nextInt(text.length() + 1);
            if (random.nextInt(4) == 0 && at < text.length()) {
                text.deleteCharAt(at);
            }
            else {
                char[] pieces = { '"', '"', layout.delimiter, layout.delimiter, '\n', '\r', ' ' };
                text.insert(at, pieces[random.nextInt(pieces.length)]);
            }
        }
        byte[] bytes = text.toString().getBytes(charset);
        if (bytes.length > 0 && random.nextInt(40) == 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return bytes;
    }

    private static String value(Random random, String column, Layout layout) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            return quoted(random, value(random, column, layout));
        }
        if (roll < 6) {
            return random.nextBoolean() ? "" : "NULL";
        }
        boolean odd = roll < 20;
        return switch (column) {
            case "Beleg" -> "B" + random.nextInt(odd ? 3 : 40);
            case "Datum" -> odd ? pick(random, "31.02.2024", "2024-03-01", "1.3.2024", "00.03.2024", "März")
                    : pick(random, "01.03.2024", "15.03.2024", "31.03.2024", "29.02.2024", "01.04.2024");
            case "Kunde Nr" -> odd ? pick(random, "Ké", "株式会社", "K 1") : "K" + random.nextInt(5);
            case "Name" -> odd ? pick(random, "Société Générale", "Fjord; Pine & Partners", "Müller\tGmbH", "🚀")
                    : pick(random, "Müller GmbH", "Zoë Ltd", "Ångström AB");
            case "Sparte" -> odd ? pick(random, "AI ", "Cloud é") : pick(random, "AI", "Cloud");
            case "Art" -> odd ? pick(random, "Rabatt", "nutzung", "USAGE") : pick(random, "Nutzung", "Abo",
                    "Gutschrift", "Korrektur", "Steuer");
            case "Betrag" -> odd ? pick(random, "1.234.56", "1,234,56", "(-5)", "9".repeat(19), "1" + "0".repeat(40),
                    "0,0000000000001", "0.0000000000001", "$-", "€ 12", "1 234", "--1", "()", "1e3")
                    : amount(random, layout);
            case "Währung" -> odd ? pick(random, "usd", "ZZZ", "E", "XAU") : pick(random, "USD", "EUR");
            default -> odd ? pick(random, "free; text", "é", "") : "n" + random.nextInt(9);
        };
    }

    /** A well-formed amount of the format: grouped or not, negative with a minus or in parentheses, a symbol. */
    private static String amount(Random random, Layout layout) {
        long whole = random.nextInt(3) == 0 ? random.nextInt(10_000_000) : random.nextInt(1000);
        String digits = String.valueOf(whole);
        if (layout.grouping && random.nextBoolean()) {
            digits = String.format(java.util.Locale.ROOT, "%,d", whole).replace(',', layout.groupingSeparator());
        }
        String fraction = random.nextBoolean() ? "" : layout.decimal()
                + String.format(java.util.Locale.ROOT, "%0" + (1 + random.nextInt(12)) + "d", 0).replace('0', '7');
        String number = (random.nextInt(5) == 0 ? pick(random, "$", "€") : "") + digits + fraction;
        if (random.nextInt(4) == 0) {
            return layout.parentheses && random.nextBoolean() ? "(" + number + ")" : "-" + number;
        }
        return number;
    }

    private static String quoted(Random random, String value) {
        String inner = switch (random.nextInt(4)) {
            case 0 -> value + "\n" + value;
            case 1 -> "\"" + value + "\"";
            case 2 -> value + "\r\n";
            default -> value;
        };
        return "\"" + inner.replace("\"", "\"\"") + "\"";
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
