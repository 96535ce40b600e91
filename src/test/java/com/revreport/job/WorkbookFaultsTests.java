package com.revreport.job;

import com.revreport.testing.SmallDisk;
import com.revreport.testing.StoreFiles;
import com.revreport.testing.WorkbookTables;

import static com.revreport.testing.StoreFiles.BILLING_HEADER;
import static com.revreport.testing.StoreFiles.query;
import static com.revreport.testing.StoreFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.RevReportApplication;

/**
 * The workbook step on real runs in this JVM (real CSV files, a real H2 store, the workbook read back
 * with POI): a text too long for a cell, and a workbook that cannot be written, which must leave the
 * previous one exactly as it was.
 */
class WorkbookFaultsTests {

    private static final String WORKBOOK = "FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx";

    @TempDir
    Path dir;

    Path input;

    Path store;

    Path output;

    @BeforeEach
    void input() throws IOException {
        input = dir.resolve("input");
        store = dir.resolve("store");
        output = dir.resolve("output");
        write(input, "billing/billing-2024-01.csv", BILLING_HEADER + "J1,2024-01,C1,Acme,AI,USAGE,100.10,USD\n");
        write(input, "billing/billing-2024-02.csv", BILLING_HEADER + "F1,2024-02,C1,Acme,AI,USAGE,200,USD\n");
        write(input, "ledger/ledger.csv", "month,segment,revenue,currency\n2024-01,AI,100.10,USD\n2024-02,AI,200,USD\n");
        write(input, "fx/fx.csv", "month,currency,rate\n");
    }

    private int run(String... extra) {
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--store=" + store, "--output=" + output,
                "--max-reject-ratio=0.5"));
        args.addAll(List.of(extra));
        return RevReportApplication.run(args.toArray(String[]::new));
    }

    @Test
    void aRejectedRowOfAHundredThousandCharactersIsCutInItsCellAndTheQuarterIsWrittenOnEveryRun() throws Exception {
        // 29 + 100,000 + 4 = 100,033 characters: "J9,2024-01,C9,Gamma,AI,USAGE," + the amount + ",USD"
        String longRow = "J9,2024-01,C9,Gamma,AI,USAGE," + "x".repeat(100_000) + ",USD";
        // a client name of 4,000 characters, the most the store keeps: far below a cell's limit, shown whole
        String longName = "Very Long Name Holdings " + "n".repeat(4_000 - 24);
        write(input, "billing/billing-2024-01.csv", BILLING_HEADER + "J1,2024-01,C1,Acme,AI,USAGE,100.10,USD\n"
                + longRow + "\nJ5,2024-01,C5," + longName + ",AI,USAGE,10,USD\n");

        for (int night = 1; night <= 2; night++) {
            assertThat(run()).as("run %d", night).isZero();

            Path workbook = output.resolve(WORKBOOK);
            Map<String, Object> reject = WorkbookTables.rows(workbook, "tblRejects").get(0);
            assertThat(reject.get("Reason")).isEqualTo("INVALID_AMOUNT");
            // 32,000 shown, 100,033 - 32,000 = 68,033 cut
            String record = (String) reject.get("Record");
            assertThat(record).startsWith(longRow.substring(0, 32_000))
                    .endsWith("\u2026 [68,033 more characters not shown]")
                    .hasSize(32_000 + "\u2026 [68,033 more characters not shown]".length());
            assertThat(WorkbookTables.row(WorkbookTables.rows(workbook, "tblClients"), "Client ID", "C5", "Segment", "AI")
                    .get("Client")).isEqualTo(longName);
        }
        // the store keeps the whole row
        assertThat(query(store, "SELECT LENGTH(raw_record) FROM billing_reject")).containsExactly(List.of(100_033L));
    }

    @Test
    void aWorkbookThatCannotBeWrittenFailsTheRunAndLeavesThePreviousOneByteForByte() throws Exception {
        assertThat(run()).isZero();
        byte[] previous = Files.readAllBytes(output.resolve(WORKBOOK));
        write(input, "billing/billing-2024-02.csv", BILLING_HEADER + "F1,2024-02,C1,Acme,AI,USAGE,250,USD\n");
        // the workbook's rows stream through temporary files; their folder would be inside a file, so
        // it cannot be made and the write fails
        Path aFile = Files.writeString(dir.resolve("a-file"), "a file where a folder should be");
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(aFile.resolve("poi").toFile()));
        try {
            assertThat(run()).isEqualTo(1);
        }
        finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }

        assertPreviousKept(previous);
        assertThat(StoreFiles.runMessage(store)).startsWith("cannot write the workbook " + output.resolve(WORKBOOK)
                .toAbsolutePath() + ": ");

        assertTheNextRunWritesTheNewFigure();
    }

    @Test
    void aFullDiskFailsTheRunNamingTheWorkbookAndLeavesThePreviousOneByteForByte() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(output, "size=2m")) {
            assertThat(run()).isZero();
            byte[] previous = Files.readAllBytes(output.resolve(WORKBOOK));
            write(input, "billing/billing-2024-02.csv", BILLING_HEADER + "F1,2024-02,C1,Acme,AI,USAGE,250,USD\n");
            disk.fill();

            assertThat(run()).isEqualTo(1);

            assertPreviousKept(previous);
            String message = StoreFiles.runMessage(store);
            assertThat(message).startsWith("cannot write the workbook " + output.resolve(WORKBOOK).toAbsolutePath()
                    + ": No space left on device").doesNotContain("\n");

            disk.free();
            assertTheNextRunWritesTheNewFigure();
        }
    }

    /** Byte for byte as it was, and no temporary file beside it. */
    private void assertPreviousKept(byte[] previous) throws IOException {
        assertThat(Files.readAllBytes(output.resolve(WORKBOOK))).isEqualTo(previous);
        assertThat(StoreFiles.files(output.resolve("FY2024-Q1"))).containsExactly(output.resolve(WORKBOOK));
    }

    /** The cause gone, the next run writes February's new figure: 250.00. */
    private void assertTheNextRunWritesTheNewFigure() throws IOException {
        assertThat(run()).isZero();
        assertThat(WorkbookTables.row(WorkbookTables.rows(output.resolve(WORKBOOK), "tblReconciliation"), "Segment",
                "AI", "Month", "2024-02").get("Billed")).isEqualTo(new java.math.BigDecimal("250.0"));
    }
}
