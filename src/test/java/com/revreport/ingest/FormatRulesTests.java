package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.ingest.format.BillingFormat;
import com.revreport.ingest.format.BillingFormats;
import com.revreport.model.ChargeTotal;
import com.revreport.model.FileCounts;
import com.revreport.model.InputException;
import com.revreport.model.InputFile;
import com.revreport.model.MonthLoad;
import com.revreport.model.Reject;

/**
 * One rule set for every format: random native billing files, read by the native reader and again under a
 * format file that describes the native layout, give the same reject reasons on the same lines, the same
 * counts and the same totals. The rows stay inside what both layouts mean alike: a month column of the
 * file's month or no month at all (a formatted file may hold other months), at most six decimals (a format
 * takes twelve), and a client name on every row (a format does not require one).
 * <p>
 * Case {@code n} is made from the seed {@code base + n}; to repeat one: {@code -Dfuzz.seed=<seed> -Dfuzz.cases=1}.
 */
class FormatRulesTests {

    private static final long BASE_SEED = Long.getLong("fuzz.seed", 20_261_207L);

    private static final int CASES = Integer.getInteger("fuzz.cases", 1500);

    private static final YearMonth MARCH = YearMonth.of(2024, 3);

    private static final String NATIVE_AS_FORMAT = """
            billing:
              columns: {line_id: line_id, month: billing_month, client_id: client_id, client_name: client_name,
                        segment: segment, charge_type: charge_type, amount: amount, currency: currency}
              month-pattern: yyyy-MM
            """;

    private static final String HEADER = "line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency";

    @TempDir
    Path dir;

    @Test
    void nativeFilesReadUnderAFormatGiveTheSameRejectsCountsAndTotals() throws IOException {
        Files.writeString(dir.resolve("native.yaml"), NATIVE_AS_FORMAT);
        BillingFormat format = BillingFormats.of("native.yaml", dir);
        Set<String> reasons = new TreeSet<>();
        for (int n = 0; n < CASES; n++) {
            long seed = BASE_SEED + n;
            Random random = new Random(seed);
            List<InputFile> files = new ArrayList<>();
            for (int f = 0, count = 1 + random.nextInt(2); f < count; f++) {
                files.add(write(random, seed, f == 0 ? "billing-2024-03.csv" : "billing-2024-03-part2.csv"));
            }
            Object expected = read(() -> new BillingMonthReader(BigDecimal.ONE).read(MARCH, files));
            Object actual = read(() -> new FormattedMonthReader(format, BigDecimal.ONE, "USD").read(MARCH, files));
            for (InputFile file : files) {
                Files.delete(file.path());
            }
            if (expected instanceof InputException) {
                assertThat(actual).as(seed(seed)).isInstanceOf(InputException.class);
                continue;
            }
            assertThat(actual).as(seed(seed)).isInstanceOf(MonthLoad.class);
            MonthLoad nativeLoad = (MonthLoad) expected;
            MonthLoad formatted = (MonthLoad) actual;
            assertThat(lines(formatted)).as(seed(seed)).isEqualTo(lines(nativeLoad));
            assertThat(formatted.files()).as(seed(seed))
                    .extracting(f -> f.file().name(), FileCounts::read, FileCounts::accepted, FileCounts::rejected)
                    .isEqualTo(nativeLoad.files().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.file().name(),
                            f.read(), f.accepted(), f.rejected())).toList());
            assertThat(formatted.totals()).as(seed(seed)).usingElementComparator(FormatRulesTests::compareTotals)
                    .containsExactlyInAnyOrderElementsOf(nativeLoad.totals());
            assertThat(formatted.clientNames()).as(seed(seed)).isEqualTo(nativeLoad.clientNames());
            nativeLoad.rejects().forEach(r -> reasons.add(r.reason().name()));
        }
        if (CASES >= 1000) {
            // every reason a formatted file can give was compared (MONTH_MISMATCH cannot occur under a format)
            assertThat(reasons).contains("MALFORMED_ROW", "MISSING_FIELD", "INVALID_MONTH", "INVALID_AMOUNT",
                    "INVALID_CHARGE_TYPE", "SIGN_MISMATCH", "UNKNOWN_CURRENCY", "DUPLICATE_LINE");
        }
    }

    /** The rejects as (file, line, reason), in file and line order: a format lists a row of no month last. */
    private static List<String> lines(MonthLoad load) {
        return load.rejects().stream().sorted(Comparator.comparing(Reject::file).thenComparing(Reject::line))
                .map(r -> r.file() + ":" + r.line() + ":" + r.reason()).toList();
    }

    private static int compareTotals(ChargeTotal a, ChargeTotal b) {
        boolean same = a.clientId().equals(b.clientId()) && a.segment().equals(b.segment())
                && a.chargeType() == b.chargeType() && a.currency().equals(b.currency())
                && a.amount().compareTo(b.amount()) == 0;
        return same ? 0 : 1;
    }

    private interface Read {
        MonthLoad run();
    }

    private static Object read(Read read) {
        try {
            return read.run();
        }
        catch (InputException failed) {
            return failed;
        }
    }

    private static String seed(long seed) {
        return "seed " + seed + " (repeat with -Dfuzz.seed=" + seed + " -Dfuzz.cases=1)";
    }

    private InputFile write(Random random, long seed, String name) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        int lines = random.nextInt(25);
        for (int i = 0; i < lines; i++) {
            List<String> fields = new ArrayList<>(List.of(
                    odd(random) ? pick(random, "", "L" + random.nextInt(3)) : "L" + random.nextInt(30),
                    odd(random) ? pick(random, "", "2024-13", "2024-3", "March", " 2024-03") : "2024-03",
                    odd(random) ? pick(random, "", " C1", "Cé") : "C" + random.nextInt(5),
                    pick(random, "Acme", "Beta Corp", "\"Fjord, Pine & Partners\"", "Société Générale"),
                    odd(random) ? pick(random, "", "AI ", "Cloud é") : pick(random, "AI", "Cloud"),
                    odd(random) ? pick(random, "", "usage", "REFUND", " Credit") : pick(random, "USAGE",
                            "SUBSCRIPTION", "CREDIT", "ADJUSTMENT"),
                    odd(random) ? pick(random, "", "1,000", ".5", "5.", "1e3", "+5", "9".repeat(19), "-0", "00012.10",
                            "9".repeat(18) + ".999999")
                            : (random.nextInt(3) == 0 ? "-" : "") + random.nextInt(100_000) + "." + random.nextInt(100),
                    odd(random) ? pick(random, "", "usd", "ZZZ", " EUR") : pick(random, "USD", "EUR")));
            if (random.nextInt(30) == 0) {
                fields.remove(random.nextInt(fields.size())); // a field short
            }
            String line = String.join(",", fields);
            if (random.nextInt(30) == 0) {
                int at = random.nextInt(line.length() + 1);
                line = line.substring(0, at) + "\"" + line.substring(at); // a stray quote
            }
            text.append(line).append(pick(random, "\n", "\n", "\r\n"));
        }
        Path path = dir.resolve(seed + "-" + name);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return new InputFile(path, "billing/" + name, "", MARCH);
    }

    private static boolean odd(Random random) {
        return random.nextInt(12) == 0;
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
