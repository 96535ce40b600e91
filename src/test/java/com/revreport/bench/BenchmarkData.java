package com.revreport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Writes a clean input folder of any size for benchmarks and process tests, USD and EUR, three segments,
 * and a ledger and rates that match the billing exactly, so every reconciliation row is MATCHED. Two
 * shapes of client base: {@code long-tail} (the default: a few clients have most lines, most clients
 * bill now and then) and {@code recurring} (a SaaS or cloud business: every client equally likely, so at
 * 1M lines over 12 months 50,000 clients each bill in about 8 months of 10; the twenty largest pay 50
 * times as much a line, so concentration is not flat).
 *
 * <pre>java -cp target/test-classes com.revreport.bench.BenchmarkData DIR ROWS [MONTHS] [CLIENTS] [SHAPE]</pre>
 */
public final class BenchmarkData {

    static final YearMonth FIRST_MONTH = YearMonth.of(2023, 1);

    private static final String[] SEGMENTS = { "AI Model Services", "AI Assistant Subscriptions", "GPU Infrastructure" };

    private static final BigDecimal EUR_RATE = new BigDecimal("1.085");

    private BenchmarkData() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench-input");
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 12_000_000L;
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
        boolean recurring = args.length > 4 && switch (args[4]) {
            case "recurring" -> true;
            case "long-tail" -> false;
            default -> throw new IllegalArgumentException("shape must be long-tail or recurring, was " + args[4]);
        };
        write(dir, rows, months, clients, recurring);
    }

    /** @return the size in bytes of the billing files written, clients on a long tail */
    public static long write(Path dir, long rows, int months, int clients) throws IOException {
        return write(dir, rows, months, clients, false);
    }

    /** @return the size in bytes of the billing files written */
    public static long write(Path dir, long rows, int months, int clients, boolean recurring) throws IOException {
        Files.createDirectories(dir.resolve("billing"));
        Files.createDirectories(dir.resolve("ledger"));
        Files.createDirectories(dir.resolve("fx"));
        SplittableRandom random = new SplittableRandom(20240331L);
        long bytes = 0;
        long perMonth = rows / months;
        try (BufferedWriter ledger = Files.newBufferedWriter(dir.resolve("ledger/ledger.csv"), StandardCharsets.UTF_8);
                BufferedWriter fx = Files.newBufferedWriter(dir.resolve("fx/fx-rates.csv"), StandardCharsets.UTF_8)) {
            ledger.write("month,segment,revenue,currency\n");
            fx.write("month,currency,rate\n");
            for (int m = 0; m < months; m++) {
                YearMonth month = FIRST_MONTH.plusMonths(m);
                long count = m == months - 1 ? rows - perMonth * (months - 1) : perMonth;
                long[][] cents = new long[SEGMENTS.length][2]; // [segment][USD, EUR]
                Path file = dir.resolve("billing/billing-" + month + ".csv");
                try (BufferedWriter out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
                    out.write("line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency\n");
                    StringBuilder line = new StringBuilder(128);
                    for (long n = 0; n < count; n++) {
                        // u^3 puts most lines on the first clients: a long tail, as real billing has
                        double u = random.nextDouble();
                        int client = (int) (clients * (recurring ? u : u * u * u));
                        int segment = client % 7 == 0 ? 2 : client % 3 == 0 ? 1 : 0;
                        boolean eur = client % 10 == 1;
                        long amount = (1 + random.nextLong(500_000)) * (recurring && client < 20 ? 50 : 1);
                        cents[segment][eur ? 1 : 0] += amount;
                        line.setLength(0);
                        line.append("L").append(n).append(',').append(month).append(",CL-").append(client)
                                .append(",Client ").append(client).append(',').append(SEGMENTS[segment])
                                .append(segment == 1 ? ",SUBSCRIPTION," : ",USAGE,").append(amount / 100).append('.');
                        long fraction = amount % 100;
                        line.append(fraction < 10 ? "0" : "").append(fraction).append(eur ? ",EUR\n" : ",USD\n");
                        out.append(line);
                    }
                }
                bytes += Files.size(file);
                fx.write(month + ",EUR," + EUR_RATE + "\n");
                for (int s = 0; s < SEGMENTS.length; s++) {
                    BigDecimal usd = BigDecimal.valueOf(cents[s][0], 2)
                            .add(BigDecimal.valueOf(cents[s][1], 2).multiply(EUR_RATE)).setScale(2, RoundingMode.HALF_EVEN);
                    if (usd.signum() != 0) {
                        ledger.write(month + "," + SEGMENTS[s] + "," + usd.toPlainString() + ",USD\n");
                    }
                }
            }
        }
        return bytes;
    }
}
