package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.revreport.model.ChargeTotal;
import com.revreport.model.MonthLoad;
import com.revreport.model.InputFile;
import com.revreport.ingest.csv.CsvHeader;
import com.revreport.ingest.csv.CsvRecordReader;

/**
 * The plain-line path may only decide faster, never differently: a month read with it must equal the
 * same month read with every line parsed as text, which {@link BillingMonthReaderTests} pins to docs/input-format.md.
 * Files are random mixes of plain lines and every kind of line the plain path must hand over.
 */
class PlainBillingLinesTests {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);

    private static final List<String> COLUMNS = List.of("line_id", "billing_month", "client_id", "client_name",
            "segment", "charge_type", "amount", "currency");

    @TempDir
    Path dir;

    @Test
    void readsEveryMonthExactlyAsTheTextPathDoes() throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            readsTheSameBothWays(seed, 400);
        }
    }

    @Test
    void readsTheSameBothWaysAcrossTheReadBuffer() throws IOException {
        // 30,000 lines of about 60 bytes: nearly 2 MB a file, so lines straddle the 1 MB buffer's refills
        for (long seed = 101; seed <= 103; seed++) {
            readsTheSameBothWays(seed, 30_000);
        }
    }

    private void readsTheSameBothWays(long seed, int lines) throws IOException {
        {
            Random random = new Random(seed);
            List<InputFile> files = List.of(randomFile(random, "billing-2024-03.csv", lines),
                    randomFile(random, "billing-2024-03-part2.csv", lines));

            MonthLoad plain = new BillingMonthReader(BigDecimal.ONE, true).read(MARCH, files);
            MonthLoad text = new BillingMonthReader(BigDecimal.ONE, false).read(MARCH, files);

            assertThat(plain.totals()).as("seed %d", seed).hasSameSizeAs(text.totals())
                    .usingElementComparator(PlainBillingLinesTests::compareTotals)
                    .containsExactlyInAnyOrderElementsOf(text.totals());
            assertThat(plain.clientNames()).as("seed %d", seed).isEqualTo(text.clientNames());
            assertThat(plain.rejects()).as("seed %d", seed).isEqualTo(text.rejects());
            assertThat(plain.files()).as("seed %d", seed).usingRecursiveFieldByFieldElementComparatorIgnoringFields("nanos")
                    .isEqualTo(text.files());
            assertThat(plain.rowsRead()).as("seed %d", seed).isGreaterThan(plain.rejects().size());
        }
    }

    @Test
    void takesTheLinesTheRulesPassAndHandsOverNonAsciiAndRejectedOnes() throws IOException {
        Path path = dir.resolve("billing-2024-03.csv");
        Files.writeString(path, String.join(",", COLUMNS) + "\n"
                + "L1,2024-03,C1,Acme,AI,USAGE,10.5,USD\n"        // line 2: taken
                + "L2,2024-03, C1 ,Acme,AI,usage,1,USD\n"         // line 3: taken, trimmed, in any case
                + "L3,2024-03,C1,Acmé,AI,USAGE,2,USD\n"           // line 4: not ASCII, read as text
                + "L4,2024-03,C1,Acme,AI,USAGE,-3,USD\n");        // line 5: rejected, worded by the text path
        ChargeTotals totals = new ChargeTotals();
        try (CsvRecordReader reader = new CsvRecordReader(path)) {
            CsvHeader header = CsvHeader.read(reader, "billing-2024-03.csv", COLUMNS);
            PlainBillingLines plain = new PlainBillingLines(new BillingRow("billing-2024-03.csv", header),
                    new BillingRules(MARCH, new LineIdSet()), totals);

            assertThat(reader.next(plain).line()).isEqualTo(4);
            assertThat(reader.next(plain).line()).isEqualTo(5);
            assertThat(reader.next(plain)).isNull();
            assertThat(plain.accepted()).isEqualTo(2);
        }
        // 10.5 + 1 from lines 2 and 3 only: the lines handed over were not summed
        assertThat(totals.totals()).singleElement().satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("11.5"));
    }

    private static int compareTotals(ChargeTotal a, ChargeTotal b) {
        boolean same = a.clientId().equals(b.clientId()) && a.segment().equals(b.segment())
                && a.chargeType() == b.chargeType() && a.currency().equals(b.currency())
                && a.amount().compareTo(b.amount()) == 0;
        return same ? 0 : 1;
    }

    /** Line ids are drawn from this many: some repeat (DUPLICATE_LINE), most do not. */
    private int idRange = 300;

    private InputFile randomFile(Random random, String name, int lines) throws IOException {
        idRange = lines * 2;
        List<String> header = new ArrayList<>(COLUMNS);
        if (random.nextBoolean()) {
            Collections.shuffle(header, random);
            header.add(random.nextInt(header.size()), "note");
        }
        String[] ends = { "\n", "\r\n", "\r" };
        String end = ends[random.nextInt(ends.length)];
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
        text.append(String.join(",", header).toUpperCase(java.util.Locale.ROOT)).append(end);
        for (int i = 0; i < lines; i++) {
            List<String> fields = new ArrayList<>();
            for (String column : header) {
                fields.add(value(random, column));
            }
            if (random.nextInt(40) == 0) {
                fields.remove(random.nextInt(fields.size()));
            }
            if (random.nextInt(40) == 0) {
                fields.add("extra");
            }
            text.append(String.join(",", fields)).append(random.nextInt(30) == 0 ? end + end : end);
        }
        Path path = dir.resolve(name);
        Files.write(path, text.toString().getBytes(StandardCharsets.UTF_8));
        return new InputFile(path, name, "", MARCH);
    }

    /** Mostly plain values; now and then one the plain path must hand over, valid or not. */
    private String value(Random random, String column) {
        boolean odd = random.nextInt(8) == 0;
        return switch (column) {
            case "line_id" -> odd ? pick(random, "", " L1", "Lé" + random.nextInt(5), "\"L" + random.nextInt(idRange) + "\"")
                    : "L" + random.nextInt(idRange);
            case "billing_month" -> odd ? pick(random, "2024-02", "2024-3", "2024-03 ", "", "\"2024-03\"") : "2024-03";
            case "client_id" -> odd ? pick(random, " C1", "Cé", "", "\"C2\"", "C" + "x".repeat(10), "Cé" + random.nextInt(3), "\"Cé\"")
                    : "C" + random.nextInt(6);
            case "client_name" -> odd ? pick(random, "Société Générale", " Acme", "\"Acme, Inc\"", "Acme \"x\"", "")
                    : pick(random, "Acme", "Beta Corp", "Gamma");
            case "segment" -> odd ? pick(random, "AI ", "Cloud é", "", "\"AI\"") : pick(random, "AI", "Subs");
            case "charge_type" -> odd ? pick(random, "usage", "Credit", "REFUND", "", " USAGE")
                    : pick(random, "USAGE", "SUBSCRIPTION", "CREDIT", "ADJUSTMENT");
            case "amount" -> odd ? pick(random, "1234567890123.5", "999999999999.999999", "1.1234567", "1,000", "5.", ".5",
                    "+5", "-0", "-", "", "00012.10", "9223372036854.775807", "\"7.25\"",
                    "999999999999999999.999999", "-0999999999999999999", "1" + "0".repeat(399), "9".repeat(32))
                    : (random.nextInt(3) == 0 ? "-" : "") + random.nextInt(100_000) + "." + random.nextInt(100);
            case "currency" -> odd ? pick(random, "usd", "ZZZ", "US", "", "XAU", "\"EUR\"") : pick(random, "USD", "EUR");
            default -> odd ? pick(random, "\"free, text\"", "é", "") : "n" + random.nextInt(9);
        };
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
