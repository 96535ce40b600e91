package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.revreport.model.ChargeTotal;
import com.revreport.model.FileCounts;
import com.revreport.model.MonthLoad;
import com.revreport.model.RejectReason;
import com.revreport.model.InputFile;
import com.revreport.model.InputException;

/**
 * Random billing files, from nearly valid to noise (quotes anywhere, commas, CR, LF and CRLF, byte order
 * marks, long fields, bytes that are no UTF-8), read with and without the plain-line path. Whatever the
 * bytes, the reader either fails the file with an {@link InputException} naming it, or accounts for every
 * row it read; and both paths come to the same result, rejects and failures word for word.
 * <p>
 * Case {@code n} is made from the seed {@code base + n}; a failure names its seed. To repeat one case:
 * {@code -Dfuzz.seed=<seed> -Dfuzz.cases=1}.
 */
class BillingReaderFuzzTests {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);

    private static final long BASE_SEED = Long.getLong("fuzz.seed", 20_241_101L);

    private static final int CASES = Integer.getInteger("fuzz.cases", 3000);

    private static final List<String> COLUMNS = BillingRules.COLUMNS;

    @TempDir
    Path dir;

    @Test
    void everyRowIsAccountedForOrTheFileFailsNamingItAndBothPathsAgree() throws IOException {
        Set<String> outcomes = new TreeSet<>();
        for (int n = 0; n < CASES; n++) {
            long seed = BASE_SEED + n;
            Random random = new Random(seed);
            List<InputFile> files = new ArrayList<>();
            for (int f = 0, count = 1 + random.nextInt(2); f < count; f++) {
                files.add(write(random, seed, f == 0 ? "billing-2024-03.csv" : "billing-2024-03-part2.csv"));
            }
            BigDecimal maxRejectRatio = random.nextInt(10) == 0 ? new BigDecimal("0.05") : BigDecimal.ONE;

            Object plain = read(new BillingMonthReader(maxRejectRatio, true), files, seed);
            Object text = read(new BillingMonthReader(maxRejectRatio, false), files, seed);
            for (InputFile file : files) {
                Files.delete(file.path());
            }

            if (plain instanceof InputException failure) {
                assertThat(text).as(seed(seed)).isInstanceOf(InputException.class);
                assertThat(failure.getMessage()).as(seed(seed)).isEqualTo(((InputException) text).getMessage())
                        .containsAnyOf(files.stream().map(InputFile::name).toArray(String[]::new))
                        .doesNotContain("\n", "\r");
                outcomes.add(failure.getMessage().contains("not valid UTF-8") ? "not UTF-8" : "failed");
                continue;
            }
            assertThat(text).as(seed(seed)).isInstanceOf(MonthLoad.class);
            MonthLoad load = (MonthLoad) plain;
            accountsForEveryRow(load, seed);
            accountsForEveryRow((MonthLoad) text, seed);
            sameMonth(load, (MonthLoad) text, seed);
            load.rejects().forEach(r -> outcomes.add(r.reason().name()));
            outcomes.add(load.rowsRead() > load.rejects().size() ? "accepted" : "none accepted");
        }
        if (CASES >= 1000) {
            // the files reach every outcome, so a generator grown too tame fails here
            List<String> every = new ArrayList<>(List.of("accepted", "none accepted", "failed", "not UTF-8"));
            Stream.of(RejectReason.values()).forEach(reason -> every.add(reason.name()));
            assertThat(outcomes).containsExactlyInAnyOrderElementsOf(every);
        }
    }

    private static String seed(long seed) {
        return "seed " + seed + " (repeat with -Dfuzz.seed=" + seed + " -Dfuzz.cases=1)";
    }

    /** The month read, or the {@link InputException} that failed it; any other exception fails the test. */
    private static Object read(BillingMonthReader reader, List<InputFile> files, long seed) {
        try {
            return reader.read(MARCH, files);
        }
        catch (InputException expected) {
            return expected;
        }
        catch (RuntimeException | Error defect) {
            throw new AssertionError(seed(seed) + ": " + defect, defect);
        }
    }

    private static void accountsForEveryRow(MonthLoad load, long seed) {
        for (FileCounts counts : load.files()) {
            assertThat(counts.read()).as(seed(seed)).isEqualTo(counts.accepted() + counts.rejected());
            assertThat(load.rejects().stream().filter(r -> r.file().equals(counts.file().name())).count())
                    .as(seed(seed)).isEqualTo(counts.rejected());
        }
        assertThat(load.rejects()).as(seed(seed)).allSatisfy(r -> assertThat(r.line()).isGreaterThan(1));
    }

    private static void sameMonth(MonthLoad plain, MonthLoad text, long seed) {
        assertThat(plain.totals()).as(seed(seed)).hasSameSizeAs(text.totals())
                .usingElementComparator(BillingReaderFuzzTests::compareTotals)
                .containsExactlyInAnyOrderElementsOf(text.totals());
        assertThat(plain.clientNames()).as(seed(seed)).isEqualTo(text.clientNames());
        assertThat(plain.rejects()).as(seed(seed)).isEqualTo(text.rejects());
        assertThat(plain.files()).as(seed(seed)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("nanos")
                .isEqualTo(text.files());
    }

    private static int compareTotals(ChargeTotal a, ChargeTotal b) {
        boolean same = a.clientId().equals(b.clientId()) && a.segment().equals(b.segment())
                && a.chargeType() == b.chargeType() && a.currency().equals(b.currency())
                && a.amount().compareTo(b.amount()) == 0;
        return same ? 0 : 1;
    }

    private InputFile write(Random random, long seed, String name) throws IOException {
        // a new file each case: writing over a file would make some file systems flush it on close
        Path path = dir.resolve(seed + "-" + name);
        Files.write(path, random.nextInt(25) == 0 ? noise(random) : billingFile(random));
        return new InputFile(path, "billing/" + name, "", MARCH);
    }

    /** Bytes with no structure but a few line ends, commas and quotes more than chance would give. */
    private static byte[] noise(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        byte[] common = { '\n', '\r', ',', '"', 'a', '1' };
        for (int i = 0; i < bytes.length; i++) {
            if (random.nextBoolean()) {
                bytes[i] = common[random.nextInt(common.length)];
            }
        }
        return bytes;
    }

    private static byte[] billingFile(Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(4) == 0) {
            out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        }
        List<String> header = new ArrayList<>(COLUMNS);
        if (random.nextBoolean()) {
            Collections.shuffle(header, random);
        }
        if (random.nextInt(3) == 0) {
            header.add(random.nextInt(header.size() + 1), "note");
        }
        if (random.nextInt(60) == 0) {
            header.remove(random.nextInt(header.size())); // a missing column fails the file
        }
        if (random.nextInt(60) == 0) {
            header.add(header.get(random.nextInt(header.size())).toUpperCase(Locale.ROOT)); // so does a repeated one
        }
        String[] ends = { "\n", "\r\n", "\r" };
        String end = ends[random.nextInt(ends.length)];
        boolean mixedEnds = random.nextInt(5) == 0;
        out.write(mutate(random, String.join(",", header), 0.05));
        out.write(end.getBytes(StandardCharsets.US_ASCII));
        int lines = random.nextInt(25);
        for (int i = 0; i < lines; i++) {
            List<String> fields = new ArrayList<>();
            for (String column : header) {
                fields.add(value(random, column.toLowerCase(Locale.ROOT)));
            }
            out.write(mutate(random, String.join(",", fields), 0.15));
            boolean last = i == lines - 1 && random.nextInt(3) == 0; // the last line may lack its end
            if (!last) {
                out.write((mixedEnds ? ends[random.nextInt(ends.length)] : end).getBytes(StandardCharsets.US_ASCII));
            }
            if (random.nextInt(15) == 0) {
                out.write((random.nextBoolean() ? "" : "  ").concat(end).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }

    /** The line as UTF-8, now and then with a quote, a comma, a line end or a random byte put in or taken out. */
    private static byte[] mutate(Random random, String line, double chance) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        while (bytes.length > 0 && random.nextDouble() < chance) {
            int at = random.nextInt(bytes.length + 1);
            byte[] pieces = { '"', '"', ',', ',', '\n', '\r', ' ', (byte) random.nextInt(256) };
            byte[] changed;
            if (random.nextInt(4) == 0 && at < bytes.length) {
                changed = new byte[bytes.length - 1];
                System.arraycopy(bytes, 0, changed, 0, at);
                System.arraycopy(bytes, at + 1, changed, at, bytes.length - at - 1);
            }
            else {
                changed = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, changed, 0, at);
                changed[at] = pieces[random.nextInt(pieces.length)];
                System.arraycopy(bytes, at, changed, at + 1, bytes.length - at);
            }
            bytes = changed;
        }
        return bytes;
    }

    private static String value(Random random, String column) {
        int roll = random.nextInt(100);
        if (roll < 4) {
            return quoted(random, value(random, column));
        }
        if (roll < 6) {
            return "";
        }
        if (roll < 7) {
            return "x".repeat(random.nextInt(2) == 0 ? 3990 + random.nextInt(20) : 1 + random.nextInt(200));
        }
        boolean odd = roll < 20;
        return switch (column) {
            case "line_id" -> odd ? pick(random, " L1", "Lé", "L" + random.nextInt(3)) : "L" + random.nextInt(40);
            case "billing_month" -> odd ? pick(random, "2024-02", "2024-3", " 2024-03", "2024-13") : "2024-03";
            case "client_id" -> odd ? pick(random, " C1", "Cé", "株式会社", "C🚀") : "C" + random.nextInt(5);
            case "client_name" -> odd ? pick(random, "Société Générale", "Fjord, Pine & Partners LLC", "Acme\tInc", "🚀")
                    : pick(random, "Acme", "Beta Corp", "Gamma");
            case "segment" -> odd ? pick(random, "AI ", "Cloud é", "ai") : pick(random, "AI", "Subs");
            case "charge_type" -> odd ? pick(random, "usage", " Credit", "REFUND", "ADJUSTMENT ")
                    : pick(random, "USAGE", "SUBSCRIPTION", "CREDIT", "ADJUSTMENT");
            case "amount" -> odd ? pick(random, "9".repeat(18) + ".999999", "-" + "9".repeat(18), "9".repeat(19),
                    "1" + "0".repeat(399), "9".repeat(32), "1.1234567", "1,000", ".5", "5.", "+5", "-0", "00012.10",
                    "9223372036854.775807", "999999999999.999999", "1e3")
                    : (random.nextInt(3) == 0 ? "-" : "") + random.nextInt(100_000) + "." + random.nextInt(100);
            case "currency" -> odd ? pick(random, "usd", "ZZZ", "US", "XAU", " EUR") : pick(random, "USD", "EUR");
            default -> odd ? pick(random, "free, text", "é", "") : "n" + random.nextInt(9);
        };
    }

    /** The value in quotes as RFC 4180 writes it, sometimes with a comma, a quote or a line end added inside. */
    private static String quoted(Random random, String value) {
        String inner = switch (random.nextInt(5)) {
            case 0 -> value + ", " + value;
            case 1 -> value + "\n" + value;
            case 2 -> "\"" + value + "\"";
            case 3 -> value + "\r\n";
            default -> value;
        };
        return "\"" + inner.replace("\"", "\"\"") + "\"";
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
