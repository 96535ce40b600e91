package com.revreport.testing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test support: writes input folders and reads a store back with plain JDBC once the run has closed it. */
public final class StoreFiles {

    public static final String BILLING_HEADER = "line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency\n";

    private StoreFiles() {
    }

    /**
     * Two months of one segment, AI, worked out by hand: January 100.10 USD + 50 EUR x 1.1 = 155.10, February
     * 200 - 20 credit = 180, each as the ledger books it; the quarter FY2024-Q1 (to date) 335.10.
     */
    public static void writeJanuaryAndFebruary(Path input) throws IOException {
        write(input, "billing/billing-2024-01.csv", BILLING_HEADER
                + "J1,2024-01,C1,Acme,AI,USAGE,100.10,USD\n"
                + "J2,2024-01,C2,Beta,AI,USAGE,50,EUR\n");
        write(input, "billing/billing-2024-02.csv", BILLING_HEADER
                + "F1,2024-02,C1,Acme,AI,USAGE,200,USD\n"
                + "F2,2024-02,C1,Acme,AI,CREDIT,-20,USD\n");
        write(input, "ledger/ledger.csv", "month,segment,revenue,currency\n2024-01,AI,155.10,USD\n2024-02,AI,180,USD\n");
        write(input, "fx/fx.csv", "month,currency,rate\n2024-01,EUR,1.1\n2024-02,EUR,1.2\n");
    }

    /** The files of a store folder (database, marker, lock) copied whole, as an operator backs it up. */
    public static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A folder and everything under it, as an operator copies an input folder. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void write(Path input, String relative, String content) throws IOException {
        Path file = input.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    public static List<List<Object>> query(Path store, String sql, Object... params) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + store.toAbsolutePath().resolve("revreport"), "sa", "");
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = rs.getObject(c);
                        row.add(value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    public static void execute(Path store, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + store.toAbsolutePath().resolve("revreport"), "sa", "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public static long latestRunId(Path store) throws SQLException {
        return ((Number) query(store, "SELECT MAX(run_id) FROM run_history").get(0).get(0)).longValue();
    }

    public static String runMessage(Path store) throws SQLException {
        return (String) query(store, "SELECT message FROM run_history WHERE run_id = ?", latestRunId(store)).get(0).get(0);
    }

    /**
     * January in two files, 100.00 + 50.00 USD = 150.00 billed; the ledger books 150.00. February one
     * file, 200.00 USD.
     */
    public static Path writeInput(Path input) throws IOException {
        write(input, "billing/billing-2024-01-part1.csv", BILLING_HEADER
                + "J1,2024-01,C1,Acme,AI,USAGE,100.00,USD\n");
        write(input, "billing/billing-2024-01-part2.csv", BILLING_HEADER
                + "J2,2024-01,C2,Beta,AI,USAGE,50.00,USD\n");
        write(input, "billing/billing-2024-02.csv", BILLING_HEADER
                + "F1,2024-02,C1,Acme,AI,USAGE,200.00,USD\n");
        write(input, "ledger/ledger.csv", "month,segment,revenue,currency\n2024-01,AI,150.00,USD\n"
                + "2024-02,AI,200.00,USD\n");
        write(input, "fx/fx.csv", "month,currency,rate\n2024-01,EUR,1.1\n");
        return input;
    }
    /** The input of {@link #writeInput} and a March file of one row. */
    public static Path inputWithMarch(Path input, String fileName, String row) throws IOException {
        writeInput(input);
        write(input, "billing/" + fileName, BILLING_HEADER + row + "\n");
        return input;
    }
    public static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
