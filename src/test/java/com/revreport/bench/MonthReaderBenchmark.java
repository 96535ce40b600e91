package com.revreport.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.revreport.ingest.BillingMonthReader;
import com.revreport.model.InputFile;
import com.revreport.model.MonthLoad;

/**
 * Times {@link BillingMonthReader} alone (no store) on the benchmark's monthly files, one month at a time
 * and then two at once as the job runs them on two cores. A {@code main}, not a test: it prints figures.
 * Usage: MonthReaderBenchmark BILLING_DIR [rounds]
 */
public final class MonthReaderBenchmark {

    public static void main(String[] args) throws Exception {
        Path billing = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files;
        try (var listing = Files.list(billing)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        BillingMonthReader reader = new BillingMonthReader(new BigDecimal("0.01"));
        for (int round = 1; round <= rounds; round++) {
            long started = System.nanoTime();
            MonthLoad load = read(reader, files.get(0));
            System.out.printf("round %d, one month alone: %d ms, %d totals%n", round,
                    (System.nanoTime() - started) / 1_000_000, load.totals().size());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long started = System.nanoTime();
        List<Future<MonthLoad>> loads = files.stream().map(f -> pool.submit(() -> read(reader, f))).toList();
        long lines = 0;
        for (Future<MonthLoad> load : loads) {
            lines += load.get().rowsRead();
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("all %d months, two at a time: %d ms, %d lines, %d lines/s%n", files.size(), ms, lines,
                lines * 1000 / Math.max(1, ms));
        pool.shutdown();
    }

    private static MonthLoad read(BillingMonthReader reader, Path file) throws Exception {
        String name = file.getFileName().toString();
        YearMonth month = YearMonth.parse(name.substring("billing-".length(), name.length() - 4));
        return reader.read(month, List.of(new InputFile(file, name, "", month)));
    }
}
