package com.revreport.job;

import com.revreport.cli.ExitCodes;
import com.revreport.testing.StoreFiles;
import com.revreport.testing.WorkbookTables;

import static com.revreport.testing.StoreFiles.BILLING_HEADER;
import static com.revreport.testing.StoreFiles.query;
import static com.revreport.testing.StoreFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.RevReportApplication;

/**
 * Runs the whole application in this JVM on real CSV files and a real H2 file store, then reads the
 * store back with plain JDBC: what a month holds after each run, and what the run history says.
 */
class IngestionRunTests {

    @TempDir
    Path dir;

    Path input;

    Path store;

    @BeforeEach
    void input() throws IOException {
        input = dir.resolve("input");
        store = dir.resolve("store");
        StoreFiles.writeJanuaryAndFebruary(input);
    }

    private int run(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--input=" + input, "--store=" + store,
                "--output=" + dir.resolve("output")));
        args.addAll(List.of(extra));
        return RevReportApplication.run(args.toArray(String[]::new));
    }

    private List<List<Object>> totals(String month) throws SQLException {
        return query(store, "SELECT client_id, charge_type, currency, amount FROM billing_total WHERE billing_month = ? "
                + "ORDER BY client_id, charge_type", month);
    }

    @Test
    void runSheetOfARealRunListsTheQuartersOwnBillingFilesFirst() throws Exception {
        // December 2023 belongs to FY2023-Q4: listed after January and February, the quarter's own files
        write(input, "billing/billing-2023-12.csv", BILLING_HEADER + "D1,2023-12,C1,Acme,AI,USAGE,10,USD\n");
        write(input, "fx/fx.csv", "month,currency,rate\n2024-01,EUR,1.1\n2024-02,EUR,1.2\n");

        assertThat(run("--quarter=FY2024-Q1")).isZero();

        List<java.util.Map<String, Object>> files = WorkbookTables.rows(
                dir.resolve("output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx"), "tblRun").stream()
                .filter(row -> String.valueOf(row.get("Item")).startsWith("Input file")).toList();
        assertThat(files).extracting(row -> row.get("Month")).startsWith("2024-01", "2024-02", "2023-12");
    }

    @Test
    void workbookOfARealRunShowsTheFiguresWorkedOutByHand() throws Exception {
        // February: Acme renamed; a GBP line with six decimals at a rate with twelve
        write(input, "billing/billing-2024-02.csv", BILLING_HEADER
                + "F1,2024-02,C1,Acme Corp,AI,USAGE,200,USD\n"
                + "F2,2024-02,C1,Acme Corp,AI,CREDIT,-20,USD\n"
                + "F3,2024-02,C3,Gamma,AI,USAGE,100.000001,GBP\n");
        // January: three lines of half a cent in a segment the ledger does not know
        write(input, "billing/billing-2024-01.csv", BILLING_HEADER
                + "J1,2024-01,C1,Acme,AI,USAGE,100.10,USD\n"
                + "J2,2024-01,C2,Beta,AI,USAGE,50,EUR\n"
                + "T1,2024-01,C4,Tiny,Tiny,USAGE,0.005,USD\nT2,2024-01,C4,Tiny,Tiny,USAGE,0.005,USD\n"
                + "T3,2024-01,C4,Tiny,Tiny,USAGE,0.005,USD\n");
        write(input, "fx/fx.csv", "month,currency,rate\n2024-01,EUR,1.1\n2024-02,EUR,1.2\n2024-02,GBP,1.123456000001\n");
        write(input, "ledger/ledger.csv", "month,segment,revenue,currency\n2024-01,AI,155.10,USD\n2024-02,AI,292.35,USD\n");

        assertThat(run()).isZero();

        Path workbook = dir.resolve("output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx");
        List<java.util.Map<String, Object>> reconciliation = WorkbookTables.rows(workbook, "tblReconciliation");
        // January AI: 100.10 USD + 50 EUR x 1.1 = 100.10 + 55 = 155.10, as booked
        var january = WorkbookTables.row(reconciliation, "Segment", "AI", "Month", "2024-01");
        assertThat((java.math.BigDecimal) january.get("Billed")).isEqualByComparingTo("155.10");
        assertThat(january.get("Status")).isEqualTo("MATCHED");
        // February AI: 200 - 20 + 100.000001 x 1.123456000001 = 180 + 112.345601123456000001
        //   = 292.345601123456000001, written 292.35; ledger 292.35: variance -0.0044 < 0.01, MATCHED
        var february = WorkbookTables.row(reconciliation, "Segment", "AI", "Month", "2024-02");
        assertThat((java.math.BigDecimal) february.get("Billed")).isEqualByComparingTo("292.35");
        assertThat(february.get("Status")).isEqualTo("MATCHED");
        // the quarter row: 155.10 + 292.345601123456000001 = 447.445601123456000001, written 447.45
        var quarter = WorkbookTables.row(reconciliation, "Segment", "AI", "Month", "FY2024-Q1");
        assertThat((java.math.BigDecimal) quarter.get("Billed")).isEqualByComparingTo("447.45");
        // 0.005 x 3 = 0.015 summed exactly, rounded HALF_EVEN only when written: 0.02 (each line first: 0.00)
        var tiny = WorkbookTables.row(reconciliation, "Segment", "Tiny", "Month", "2024-01");
        assertThat((java.math.BigDecimal) tiny.get("Billed")).isEqualByComparingTo("0.02");
        assertThat(tiny.get("Status")).isEqualTo("MISSING_LEDGER");

        List<java.util.Map<String, Object>> summary = WorkbookTables.rows(workbook, "tblSummary");
        // all segments: 447.445601123456000001 + 0.015 = 447.460601123456000001, written 447.46
        assertThat(summary).anySatisfy(r -> {
            assertThat(r.get("Metric")).isEqualTo("Total revenue (All segments)");
            assertThat((java.math.BigDecimal) r.get("Value")).isEqualByComparingTo("447.46");
        });
        assertThat(summary).anySatisfy(r -> {
            assertThat(r.get("Metric")).isEqualTo("Coverage");
            assertThat(r.get("Value")).isEqualTo("Quarter to date (2 of 3 months)");
        });
        // the newest month's name is shown
        assertThat(WorkbookTables.rows(workbook, "tblClients")).filteredOn(r -> "C1".equals(r.get("Client ID")))
                .extracting(r -> r.get("Client")).containsOnly("Acme Corp");
        assertThat(query(store, "SELECT amount FROM billing_total WHERE client_id = 'C3'"))
                .containsExactly(List.of("100.000001"));
    }

    @Test
    void majorCustomerThresholdOptionReachesTheWorkbook() throws Exception {
        // AI over January and February: C1 100.10 + 180 = 280.10; C2 50 EUR x 1.1 = 55; T = 335.10
        // C2's share 55 / 335.10 = 0.164: a major customer at the default 0.10, not at 0.25
        assertThat(run()).isZero();
        assertThat(majorCustomer("C2")).isEqualTo("Yes");

        assertThat(run("--major-customer-threshold=0.25")).isZero();
        assertThat(majorCustomer("C2")).isEqualTo("No");
        assertThat(majorCustomer("C1")).isEqualTo("Yes"); // 280.10 / 335.10 = 0.836
    }

    private Object majorCustomer(String clientId) throws IOException {
        return WorkbookTables.row(WorkbookTables.rows(dir.resolve("output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx"),
                "tblConcentration"), "Scope", "AI", "Client ID", clientId).get("Major customer");
    }

    @Test
    void changedLedgerIsReloadedAndARemovedFileRestatesItsMonth() throws Exception {
        write(input, "billing/billing-2024-02-part2.csv", BILLING_HEADER + "F9,2024-02,C2,Beta,AI,USAGE,7,USD\n");
        assertThat(run()).isZero();
        write(input, "ledger/ledger.csv", "month,segment,revenue,currency\n2024-01,AI,155.10,USD\n2024-02,AI,181,USD\n");
        Files.delete(input.resolve("billing/billing-2024-02-part2.csv"));

        assertThat(run()).isZero();

        assertThat(query(store, "SELECT revenue FROM ledger_entry WHERE ledger_month = '2024-02'"))
                .containsExactly(List.of("181"));
        // part2's 7 for C2 is gone with its file: February is 200 - 20 for C1 alone
        assertThat(totals("2024-02")).containsExactly(List.of("C1", "CREDIT", "USD", "-20"),
                List.of("C1", "USAGE", "USD", "200"));
        long second = StoreFiles.latestRunId(store);
        assertThat(query(store, "SELECT DISTINCT action FROM run_file WHERE run_id = ? AND billing_month = '2024-02'",
                second)).containsExactly(List.of("REPLACED"));
        // 180 billed - 181 booked
        var february = WorkbookTables.row(WorkbookTables.rows(dir.resolve(
                "output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx"), "tblReconciliation"), "Segment", "AI", "Month",
                "2024-02");
        assertThat((java.math.BigDecimal) february.get("Variance")).isEqualByComparingTo("-1");
    }

    @Test
    void secondRunOverUnchangedInputParsesNothing() throws Exception {
        assertThat(run()).isZero();
        long first = StoreFiles.latestRunId(store);
        List<List<Object>> before = query(store, "SELECT * FROM billing_total ORDER BY 1, 2, 3, 4, 5");

        assertThat(run()).isZero();
        long second = StoreFiles.latestRunId(store);

        assertThat(second).isGreaterThan(first);
        // no month partition ran in the second run, and the loaded files still carry the first run's id
        assertThat(query(store, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
                + "AND STEP_NAME LIKE 'loadBillingMonth:%'", second)).containsExactly(List.of(0L));
        assertThat(query(store, "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
                + "AND STEP_NAME LIKE 'loadBillingMonth:%'", first)).containsExactly(List.of(2L));
        assertThat(query(store, "SELECT DISTINCT run_id FROM loaded_file")).containsExactly(List.of(first));
        assertThat(query(store, "SELECT DISTINCT action FROM run_file WHERE run_id = ?", second))
                .containsExactly(List.of("UNCHANGED"));
        assertThat(query(store, "SELECT * FROM billing_total ORDER BY 1, 2, 3, 4, 5")).isEqualTo(before);
    }

    @Test
    void runThatLoadsClosesTheStoreCompactedAndAnUnchangedRunDoesNot() throws Exception {
        assertThat(run()).isZero();

        // compacted: every live page rewritten into one chunk, nothing in it dead. Without it the
        // migrations and the load leave several chunks, partly garbage, for later closes to compact
        assertThat(storeInfo()).containsEntry("info.CHUNK_COUNT", 1L).containsEntry("info.CHUNKS_FILL_RATE", 100L);

        assertThat(run()).isZero();

        // the unchanged run only adds its run history: new chunks, left as they are
        assertThat(storeInfo().get("info.CHUNK_COUNT")).isGreaterThan(1L);
    }

    /** Read in one connection: opening and closing the store writes to it too. */
    private java.util.Map<String, Long> storeInfo() throws SQLException {
        java.util.Map<String, Long> info = new java.util.HashMap<>();
        query(store, "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN "
                + "('info.CHUNK_COUNT', 'info.CHUNKS_FILL_RATE')")
                .forEach(row -> info.put((String) row.get(0), Long.parseLong((String) row.get(1))));
        return info;
    }

    @Test
    void changedMonthReplacesItsTotalsRatherThanAddingToThem() throws Exception {
        assertThat(run()).isZero();
        write(input, "billing/billing-2024-02.csv", BILLING_HEADER + "F1,2024-02,C1,Acme,AI,USAGE,75.5,USD\n");

        assertThat(run()).isZero();

        // 75.5 alone, not 200 + 75.5; the credit row is gone with the old file
        assertThat(totals("2024-02")).containsExactly(List.of("C1", "USAGE", "USD", "75.5"));
        assertThat(totals("2024-01")).containsExactly(List.of("C1", "USAGE", "USD", "100.1"),
                List.of("C2", "USAGE", "EUR", "50"));
        long second = StoreFiles.latestRunId(store);
        assertThat(query(store, "SELECT billing_month, action FROM run_file WHERE run_id = ? AND kind = 'BILLING' "
                + "ORDER BY billing_month", second))
                .containsExactly(List.of("2024-01", "UNCHANGED"), List.of("2024-02", "REPLACED"));
    }

    @Test
    void failureWhileWritingAMonthLeavesItsPreviousTotalsIntact() throws Exception {
        assertThat(run()).isZero();
        StoreFiles.execute(store, "CREATE TRIGGER fail_midway BEFORE INSERT ON billing_total FOR EACH ROW CALL \""
                + FailMidwayTrigger.class.getName() + "\"");
        // valid rows; the store fails on the second insert, after the month's old rows were deleted
        write(input, "billing/billing-2024-02.csv", BILLING_HEADER + "F1,2024-02,C1,Acme,AI,USAGE,1,USD\n"
                + "F2,2024-02,FAIL-MIDWAY,Long,AI,USAGE,2,USD\n");

        assertThat(run()).isEqualTo(ExitCodes.FAILED);
        assertThat(StoreFiles.runMessage(store)).contains("the disk is full");

        // 200 usage and -20 credit, as loaded by the first run
        assertThat(totals("2024-02")).containsExactly(List.of("C1", "CREDIT", "USD", "-20"),
                List.of("C1", "USAGE", "USD", "200"));
        assertThat(query(store, "SELECT status FROM run_history ORDER BY run_id"))
                .containsExactly(List.of("COMPLETED"), List.of("FAILED"));
    }

    @Test
    void fileWithoutARequiredColumnFailsTheRunAndLeavesItsMonthIntact() throws Exception {
        assertThat(run()).isZero();
        write(input, "billing/billing-2024-02.csv", "line_id,billing_month,client_id,client_name,segment,amount,currency\n"
                + "F1,2024-02,C1,Acme,AI,1,USD\n");

        assertThat(run()).isEqualTo(ExitCodes.FAILED);

        assertThat(StoreFiles.runMessage(store))
                .isEqualTo("billing/billing-2024-02.csv: required column 'charge_type' is missing");
        assertThat(totals("2024-02")).hasSize(2);
    }

    @Test
    void clientIdLongerThanTheStoreKeepsFailsTheFileNamingTheLine() throws Exception {
        write(input, "billing/billing-2024-02.csv", BILLING_HEADER + "F1,2024-02,C1,Acme,AI,USAGE,1,USD\n"
                + "F2,2024-02," + "X".repeat(4001) + ",Long,AI,USAGE,2,USD\n");

        assertThat(run()).isEqualTo(ExitCodes.FAILED);

        assertThat(StoreFiles.runMessage(store)).isEqualTo(
                "billing/billing-2024-02.csv line 3: client_id is 4001 characters long, more than the 4000 the store keeps");
        assertThat(totals("2024-02")).isEmpty();
    }

    @Test
    void billingFileWithoutAMonthInItsNameFailsTheRun() throws Exception {
        write(input, "billing/billing-march.csv", BILLING_HEADER);

        assertThat(run()).isEqualTo(ExitCodes.FAILED);

        assertThat(StoreFiles.runMessage(store)).startsWith("billing/billing-march.csv: the file name holds no billing month");
    }

    @Test
    void duplicateLedgerRowFailsTheRunNamingBothLines() throws Exception {
        write(input, "ledger/ledger.csv", "month,segment,revenue,currency\n2024-01,AI,155.10,USD\n"
                + "2024-02,AI,180,USD\n2024-01,AI,1,USD\n");

        assertThat(run()).isEqualTo(ExitCodes.FAILED);

        assertThat(StoreFiles.runMessage(store)).isEqualTo("ledger/ledger.csv line 4: duplicate ledger row for "
                + "2024-01 / AI (first at ledger/ledger.csv line 2); the ledger holds one row per month and segment");
    }

    @Test
    void missingRatesFailTheRunListingEveryMissingPair() throws Exception {
        write(input, "billing/billing-2024-02.csv", BILLING_HEADER + "F1,2024-02,C1,Acme,AI,USAGE,200,GBP\n"
                + "F2,2024-02,C3,Gamma,AI,USAGE,5,CHF\n");
        write(input, "ledger/ledger.csv", "month,segment,revenue,currency\n2024-01,AI,155.10,JPY\n");
        write(input, "fx/fx.csv", "month,currency,rate\n2024-01,EUR,1.1\n");

        assertThat(run()).isEqualTo(ExitCodes.FAILED);

        // EUR 2024-01 has a rate; GBP and CHF in 2024-02 and the JPY ledger in 2024-01 do not
        assertThat(StoreFiles.runMessage(store)).contains("2024-01 JPY", "2024-02 CHF", "2024-02 GBP")
                .doesNotContain("EUR").endsWith("not loaded, kept as they were: billing 2024-02, the ledger");
        // the months and the ledger that need a missing rate are not loaded; January (EUR, rated) is
        assertThat(totals("2024-02")).isEmpty();
        assertThat(totals("2024-01")).hasSize(2);
        assertThat(query(store, "SELECT COUNT(*) FROM ledger_entry")).containsExactly(List.of(0L));
    }

    @Test
    void rateRemovedForAStoredMonthFailsTheRunThoughNoMonthIsReloaded() throws Exception {
        assertThat(run()).isZero();
        // January's EUR total (C2, 50 EUR) is in the store, unchanged; its rate goes
        write(input, "fx/fx.csv", "month,currency,rate\n2024-02,EUR,1.2\n");

        assertThat(run()).isEqualTo(ExitCodes.FAILED);

        assertThat(StoreFiles.runMessage(store)).contains("for 1 (month, currency) pairs: 2024-01 EUR");
        // neither billing month was parsed again: their files still carry the first run's id
        assertThat(query(store, "SELECT DISTINCT run_id FROM loaded_file WHERE kind = 'BILLING'"))
                .containsExactly(List.of(StoreFiles.latestRunId(store) - 1));
    }

    @Test
    void ledgerAndRateFilesCountTheirOwnRows() throws Exception {
        write(input, "ledger/ledger-2.csv", "month,segment,revenue,currency\n2024-01,Subs,1,USD\n2024-02,Subs,2,USD\n"
                + "2024-03,Subs,3,USD\n");
        // a rupiah rate needs more than six decimals
        write(input, "fx/fx-idr.csv", "month,currency,rate\n2024-01,IDR,0.00006134\n");

        assertThat(run()).isZero();

        assertThat(query(store, "SELECT file_name, rows_read, rows_accepted FROM run_file WHERE kind <> 'BILLING' "
                + "ORDER BY file_name")).containsExactly(List.of("fx/fx-idr.csv", 1L, 1L), List.of("fx/fx.csv", 2L, 2L),
                        List.of("ledger/ledger-2.csv", 3L, 3L), List.of("ledger/ledger.csv", 2L, 2L));
        assertThat(query(store, "SELECT rate FROM fx_rate WHERE currency = 'IDR'")).containsExactly(List.of("0.00006134"));
    }

    @Test
    void loadedFilesRecordTheSha256OfTheirContent() throws Exception {
        assertThat(run()).isZero();

        // the hash the next run compares with to tell a changed month (docs/how-it-works.md), worked out here afresh
        for (String file : List.of("billing/billing-2024-01.csv", "billing/billing-2024-02.csv")) {
            String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(input.resolve(file))));
            assertThat(query(store, "SELECT sha256 FROM loaded_file WHERE file_name = ?", file))
                    .containsExactly(List.of(expected));
        }
    }

    @Test
    void runHistoryShowsWhichFilesFedWhichMonth() throws Exception {
        assertThat(run()).isZero();
        Files.delete(input.resolve("billing/billing-2024-01.csv"));
        write(input, "billing/billing-2024-02-part2.csv", BILLING_HEADER + "F9,2024-02,C2,Beta,AI,USAGE,1,USD\n");

        assertThat(run()).isZero();

        long second = StoreFiles.latestRunId(store);
        List<List<Object>> files = query(store, "SELECT billing_month, file_name, action, rows_read, rows_accepted, "
                + "rows_rejected, LENGTH(sha256) FROM run_file WHERE run_id = ? AND kind = 'BILLING' "
                + "ORDER BY billing_month, file_name", second);
        // January's export was archived: its totals are kept; February gained a file: restated
        assertThat(files).containsExactly(
                List.of("2024-01", "billing/billing-2024-01.csv", "KEPT", 2L, 2L, 0L, 64L),
                List.of("2024-02", "billing/billing-2024-02-part2.csv", "REPLACED", 1L, 1L, 0L, 64L),
                List.of("2024-02", "billing/billing-2024-02.csv", "REPLACED", 2L, 2L, 0L, 64L));
        assertThat(totals("2024-01")).hasSize(2);
    }

    @Test
    void unchangedRunKeepsTheWorkbookItWouldWriteAndAChangeRewritesIt() throws Exception {
        assertThat(run()).isZero();
        Path workbook = dir.resolve("output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx");
        String written = com.revreport.ingest.Sha256.of(workbook);
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(workbook);

        assertThat(run()).isZero();

        assertThat(Files.getLastModifiedTime(workbook)).isEqualTo(modified);
        assertThat(query(store, "SELECT status, workbook_sha256 FROM run_history ORDER BY run_id"))
                .containsExactly(List.of("COMPLETED", written), List.of("COMPLETED", written));

        // another option: other figures may follow, so the workbook is written again
        assertThat(run("--abs-tolerance=5")).isZero();
        long third = StoreFiles.latestRunId(store);
        // the Run sheet states the new option, so the bytes differ
        assertThat(query(store, "SELECT workbook_sha256 FROM run_history WHERE run_id = ?", third).get(0).get(0))
                .isNotEqualTo(written).isEqualTo(com.revreport.ingest.Sha256.of(workbook));
        assertThat(query(store, "SELECT COUNT(DISTINCT fingerprint) FROM run_history")).containsExactly(List.of(2L));

        // a workbook edited or deleted since is never taken for current
        Files.delete(workbook);
        assertThat(run("--abs-tolerance=5")).isZero();
        assertThat(workbook).isRegularFile();
        assertThat(com.revreport.ingest.Sha256.of(workbook)).isNotEqualTo(written);
    }
}
