package com.revreport.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the billing of a {@link BenchmarkData} input folder again as FOCUS cost-and-usage exports (one file
 * a month, as a provider delivers them, with the columns a provider adds), beside the same ledger and rates:
 * the input of the formatted-export benchmark, {@code --billing-format=focus}. The rows and their amounts are
 * the native ones, so both runs must give the same figures.
 * <p>
 * {@code FocusExport <native input> <focus input>}
 */
public final class FocusExport {

    static final String HEADER = "BillingAccountId,BillingPeriodStart,BillingPeriodEnd,ChargeCategory,ChargeClass,"
            + "SubAccountId,SubAccountName,ServiceCategory,BilledCost,BillingCurrency,ResourceId\n";

    private FocusExport() {
    }

    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        Files.createDirectories(to.resolve("billing"));
        for (String kind : List.of("ledger", "fx")) {
            Files.createDirectories(to.resolve(kind));
            try (Stream<Path> files = Files.list(from.resolve(kind))) {
                for (Path file : files.toList()) {
                    Files.copy(file, to.resolve(kind).resolve(file.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (Stream<Path> files = Files.list(from.resolve("billing"))) {
            for (Path file : files.sorted().toList()) {
                convert(file, to.resolve("billing").resolve("focus-" + file.getFileName()));
            }
        }
    }

    private static void convert(Path nativeFile, Path focusFile) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(nativeFile, StandardCharsets.UTF_8);
                BufferedWriter out = new BufferedWriter(Files.newBufferedWriter(focusFile, StandardCharsets.UTF_8),
                        1 << 20)) {
            in.readLine();
            out.write(HEADER);
            StringBuilder line = new StringBuilder(160);
            for (String row = in.readLine(); row != null; row = in.readLine()) {
                // the benchmark's rows have no quotes: line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency
                String[] f = row.split(",", -1);
                line.setLength(0);
                line.append("BA-1,").append(f[1]).append("-01T00:00:00Z,").append(f[1]).append("-28T00:00:00Z,")
                        .append(f[5].equals("SUBSCRIPTION") ? "Purchase" : "Usage").append(",NULL,").append(f[2])
                        .append(',').append(f[3]).append(',').append(f[4]).append(',').append(f[6]).append(',')
                        .append(f[7]).append(",res-").append(f[0]).append('\n');
                out.append(line);
            }
        }
    }
}
