package com.revreport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.revreport.store.PostgresServer;
import com.revreport.testing.FirstRun;
import com.revreport.testing.JarProcess;
import com.revreport.testing.StoreFiles;
import com.revreport.testing.WorkbookTables;

/**
 * The controller's close through the jar, as an operator and a reviewer run it: sign-offs, a restatement
 * after one, and a kill -9 between recording a version and publishing its workbook. The input, but for the
 * kill, is {@link StoreFiles#writeJanuaryAndFebruary}: segment AI, FY2024-Q1 to date, January 155.10 and February
 * 180.00 billed and booked, 335.10 in all.
 */
class QuarterCloseProcessTests {

    private static final String WORKBOOK = FirstRun.WORKBOOK;

    private static final String ISO_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";

    /** The first run of the input, made once for the tests that start from it. */
    @TempDir
    static Path firstRun;

    /** This test's folder, or the first run's as the first run left it ({@link #startFromTheFirstRun}). */
    @TempDir
    Path dir;

    private void startFromTheFirstRun() throws Exception {
        dir = FirstRun.restore(firstRun);
    }

    private String[] run() {
        return new String[] { "--input=" + dir.resolve("input"), "--store=" + dir.resolve("store"),
                "--output=" + dir.resolve("output") };
    }

    private String[] signOff(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--store=" + dir.resolve("store"), "--sign-off"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void aSignOffRecordsTheReviewerInTheWorkbookAndARestatementAfterItPublishesVersionTwoWithAWarning()
            throws Exception {
        startFromTheFirstRun();
        Path workbook = dir.resolve(WORKBOOK);
        List<Map<String, Object>> reconciliation = WorkbookTables.rows(workbook, "tblReconciliation");
        List<Map<String, Object>> segments = WorkbookTables.rows(workbook, "tblSegments");
        assertThat(number(metric(workbook, "Version"))).isEqualByComparingTo("1");
        assertThat(metric(workbook, "Signed off")).isEqualTo("No");

        // from another folder, with no input at all: a sign-off reads the store and the workbook only
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        JarProcess.Finished keller = JarProcess.runIn(elsewhere, Map.of(), dir.resolve("sign1.log"), signOff(
                "--quarter=FY2024-Q1", "--by=M. Keller", "--note=Agreed to the ledger extract").clone());

        assertThat(keller.exitCode()).as(keller.output()).isZero();
        assertThat(keller.output()).containsPattern("FY2024-Q1 version 1 signed off by M. Keller at " + ISO_TIME);
        assertThat((String) metric(workbook, "Signed off")).matches("version 1 by M. Keller at " + ISO_TIME);
        Map<String, Object> v1 = WorkbookTables.rows(workbook, "tblVersions").get(0);
        assertThat(v1.get("Signed off by")).isEqualTo("M. Keller");
        assertThat(v1.get("Note")).isEqualTo("Agreed to the ledger extract");
        // the figures reviewed are the figures kept, cell for cell
        assertThat(WorkbookTables.rows(workbook, "tblReconciliation")).isEqualTo(reconciliation);
        assertThat(WorkbookTables.rows(workbook, "tblSegments")).isEqualTo(segments);
        // an unchanged night keeps the signed-off workbook rather than writing it again
        JarProcess.Finished unchanged = JarProcess.run(dir.resolve("run2.log"), run());
        assertThat(unchanged.output()).contains("Nothing changed since run 1");
        assertThat((String) metric(workbook, "Signed off")).startsWith("version 1 by M. Keller");

        // a second reviewer of the same version
        JarProcess.Finished ortiz = JarProcess.runIn(elsewhere, Map.of(), dir.resolve("sign2.log"), signOff(
                "--quarter=FY2024-Q1", "--by=J. Ortiz"));
        assertThat(ortiz.exitCode()).as(ortiz.output()).isZero();
        assertThat(WorkbookTables.rows(workbook, "tblVersions").get(0).get("Signed off by"))
                .isEqualTo("M. Keller, J. Ortiz");

        // February restated: 230 - 20 = 210.00 billed against 180.00 booked, a variance of 30.00, within the
        // 1,000.00 tolerance; the quarter 155.10 + 210.00 = 365.10 against 335.10
        StoreFiles.write(dir.resolve("input"), "billing/billing-2024-02.csv", StoreFiles.BILLING_HEADER
                + "F1,2024-02,C1,Acme,AI,USAGE,230,USD\n" + "F2,2024-02,C1,Acme,AI,CREDIT,-20,USD\n");
        JarProcess.Separated restated = JarProcess.runSeparatingStderr(dir.resolve("run3.log"), run());

        assertThat(restated.exitCode()).as(restated.output()).isZero();
        assertThat(restated.stderr()).hasSize(1);
        assertThat(restated.stderr().get(0)).matches("revreport: warning: FY2024-Q1 was signed off at version 1 "
                + "by M. Keller, J. Ortiz \\(" + ISO_TIME + ", " + ISO_TIME + "\\); version 2 publishes 15 changed figures "
                + "and is not signed off: review it again");
        assertThat(number(metric(workbook, "Version"))).isEqualByComparingTo("2");
        assertThat(metric(workbook, "Signed off")).isEqualTo("No");
        List<Map<String, Object>> versions = WorkbookTables.rows(workbook, "tblVersions");
        assertThat(versions).extracting(v -> number(v.get("Version")).intValue()).containsExactly(2, 1);
        assertThat(versions.get(0).get("Signed off by")).isNull();
        assertThat(versions.get(1).get("Signed off by")).isEqualTo("M. Keller, J. Ortiz");
        List<Map<String, Object>> changes = WorkbookTables.rows(workbook, "tblChanges");
        // per scope (AI, All segments): Revenue, Billed, Variance, Status, Top client share and HHI moved (Acme
        // 280.10 of 335.10 -> 310.10 of 365.10); February's row: Billed, Variance, Status. 2 x 6 + 3 = 15
        assertThat(changes).hasSize(15);
        assertThat(number(metric(workbook, "Changes since previous version"))).isEqualByComparingTo("15");
        Map<String, Object> billed = WorkbookTables.row(changes, "Figure", "Billed", "Period", "2024-02");
        assertThat(billed.get("Scope")).isEqualTo("AI");
        assertThat(number(billed.get("Previous"))).isEqualByComparingTo("180.00");
        assertThat(number(billed.get("Current"))).isEqualByComparingTo("210.00");
        assertThat(number(billed.get("Difference"))).isEqualByComparingTo("30.00");
        assertThat(billed.get("Cause")).isEqualTo("billing 2024-02 restated: billing-2024-02.csv changed");
        Map<String, Object> status = WorkbookTables.row(changes, "Figure", "Status", "Period", "FY2024-Q1");
        assertThat(status.get("Previous")).isEqualTo("MATCHED");
        assertThat(status.get("Current")).isEqualTo("WITHIN_TOLERANCE");
        Map<String, Object> revenue = WorkbookTables.row(changes, "Figure", "Revenue", "Scope", "All segments");
        assertThat(number(revenue.get("Difference"))).isEqualByComparingTo("30.00");
        assertThat(StoreFiles.query(dir.resolve("store"), "SELECT version_no, run_id FROM quarter_version ORDER BY 1"))
                .containsExactly(List.of(1, 1L), List.of(2, 3L));
    }

    @Test
    void aRunThatRestatesAMonthOfAnotherSignedOffQuarterSaysSo() throws Exception {
        startFromTheFirstRun();
        assertThat(JarProcess.run(dir.resolve("sign.log"), signOff("--quarter=FY2024-Q1", "--by=M. Keller"))
                .exitCode()).isZero();

        // April arrives (the newest quarter is now FY2024-Q2) and January is restated in the same night
        StoreFiles.write(dir.resolve("input"), "billing/billing-2024-04.csv", StoreFiles.BILLING_HEADER
                + "A1,2024-04,C1,Acme,AI,USAGE,300,USD\n");
        StoreFiles.write(dir.resolve("input"), "billing/billing-2024-01.csv", StoreFiles.BILLING_HEADER
                + "J1,2024-01,C1,Acme,AI,USAGE,110.10,USD\n" + "J2,2024-01,C2,Beta,AI,USAGE,50,EUR\n");
        JarProcess.Separated run = JarProcess.runSeparatingStderr(dir.resolve("run2.log"), run());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(dir.resolve("output/FY2024-Q2/revenue-report-FY2024-Q2-QTD.xlsx")).isRegularFile();
        assertThat(run.stderr()).hasSize(1);
        assertThat(run.stderr().get(0)).matches("revreport: warning: FY2024-Q1 was signed off at version 1 by "
                + "M. Keller \\(" + ISO_TIME + "\\); this run restated billing 2024-01 of it: its figures may no longer "
                + "be the ones signed off");
        // the signed-off quarter's workbook is left as it was signed off
        assertThat((String) metric(dir.resolve(WORKBOOK), "Signed off")).startsWith("version 1 by M. Keller");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--by=M. Keller                       | 2 | --sign-off needs --quarter=FY2024-Q3",
            "--quarter=FY2024-Q1                  | 2 | --sign-off needs --by=NAME",
            "'--quarter=FY2024-Q1,--by=   '      | 2 | --sign-off needs --by=NAME",
            "--quarter=FY2024-Q3,--by=M. Keller   | 1 | this store" })
    void aSignOffThatCannotBeRecordedSaysWhyInOneLine(String options, int code, String message) throws Exception {
        startFromTheFirstRun();
        byte[] published = Files.readAllBytes(dir.resolve(WORKBOOK));

        JarProcess.Separated refused = JarProcess.runSeparatingStderr(dir.resolve("sign.log"),
                signOff(options.split(",")));

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(code);
        assertThat(refused.stderr()).hasSize(1);
        assertThat(refused.stderr().get(0)).contains(message);
        assertThat(Files.readAllBytes(dir.resolve(WORKBOOK))).isEqualTo(published);
        assertThat(StoreFiles.query(dir.resolve("store"), "SELECT COUNT(*) FROM quarter_sign_off"))
                .containsExactly(List.of(0L));
    }

    @Test
    void aReviewerNameWithAControlCharacterIsRefused() throws Exception {
        JarProcess.Separated refused = JarProcess.runSeparatingStderr(dir.resolve("sign.log"),
                signOff("--quarter=FY2024-Q1", "--by=M. Keller\u001b[2J"));

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stderr()).hasSize(1);
        assertThat(refused.stderr().get(0)).contains("--by=M. Keller\\u001B[2J is invalid");
        assertThat(dir.resolve("store")).doesNotExist();
    }

    @Test
    void aSignOffWhileARunHoldsTheStoreExitsThree() throws Exception {
        startFromTheFirstRun();
        JarProcess holder = JarProcess.start(dir.resolve("holder.log"), "--input=" + dir.resolve("input"),
                "--store=" + dir.resolve("store"), "--output=" + dir.resolve("output"), "--schedule");
        try {
            holder.awaitLog("Scheduled mode", Duration.ofMinutes(2));

            JarProcess.Separated refused = JarProcess.runSeparatingStderr(dir.resolve("sign.log"),
                    signOff("--quarter=FY2024-Q1", "--by=M. Keller"));

            assertThat(refused.exitCode()).as(refused.output()).isEqualTo(3);
            assertThat(refused.stderr()).hasSize(1);
            assertThat(refused.stderr().get(0)).startsWith("revreport: another run holds the store");
        }
        finally {
            holder.stop();
        }
        assertThat(StoreFiles.query(dir.resolve("store"), "SELECT COUNT(*) FROM quarter_sign_off"))
                .containsExactly(List.of(0L));
    }

    @Test
    void aKillBetweenRecordingAVersionAndPublishingItsWorkbookLeavesNeitherAndTheNextRunBoth() throws Exception {
        // on PostgreSQL, where the test can hold a row the run must write while the jar runs: the demo's
        // FY2024-Q3, then March restated (one row of billing-2024-03-part2.csv, 2,850.00 -> 12,850.00)
        String store = PostgresServer.shared().newDatabase();
        Path input = dir.resolve("input");
        StoreFiles.copyTree(Path.of("input"), input);
        String[] options = { "--input=" + input, "--store=" + store, "--output=" + dir.resolve("output"),
                "--fiscal-year-start-month=7", "--quarter=FY2024-Q3" };
        assertThat(JarProcess.run(dir.resolve("run1.log"), options).exitCode()).isZero();
        Path workbook = dir.resolve("output/FY2024-Q3/revenue-report-FY2024-Q3.xlsx");
        byte[] version1 = Files.readAllBytes(workbook);
        Path march = input.resolve("billing/billing-2024-03-part2.csv");
        Files.writeString(march, Files.readString(march).replace(",SUBSCRIPTION,2850.00,USD\n",
                ",SUBSCRIPTION,12850.00,USD\n"));

        JarProcess killed = JarProcess.start(dir.resolve("killed.log"), options);
        try (Connection holder = DriverManager.getConnection(store)) {
            // the run's record of its workbook comes after the version's and before the move: its row of the
            // run history, held from the moment the run writes it, stops it there until the kill
            killed.await(() -> exists(holder, "SELECT 1 FROM run_history WHERE run_id = 2"), Duration.ofMinutes(2),
                    "run 2 in the run history");
            holder.setAutoCommit(false);
            holder.createStatement().executeQuery("SELECT * FROM run_history WHERE run_id = 2 FOR UPDATE").close();
            killed.await(() -> exists(store, "SELECT 1 FROM quarter_version WHERE version_no = 2"),
                    Duration.ofMinutes(2), "version 2 recorded");
            killed.kill9();
            holder.rollback();
        }

        // the version is recorded, its workbook is not in place: version 1's is, byte for byte
        assertThat(Files.readAllBytes(workbook)).isEqualTo(version1);

        JarProcess.Finished rerun = JarProcess.run(dir.resolve("rerun.log"), options);

        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("Version 2 of FY2024-Q3, recorded by run 2, never reached its workbook: "
                + "taken back");
        // version 2 once, by the run that put its workbook in place
        try (Connection connection = DriverManager.getConnection(store);
                ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT version_no, run_id FROM quarter_version ORDER BY version_no")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getInt(1) + " by run " + rs.getLong(2));
            }
            assertThat(versions).containsExactly("1 by run 1", "2 by run 3");
        }
        assertThat(number(metric(workbook, "Version"))).isEqualByComparingTo("2");
        assertThat(WorkbookTables.rows(workbook, "tblVersions")).hasSize(2);
        // 2,850.00 -> 12,850.00 in AI Assistant Subscriptions' March: 10,000.00 more billed
        Map<String, Object> billed = WorkbookTables.row(WorkbookTables.rows(workbook, "tblChanges"), "Figure", "Billed",
                "Period", "2024-03");
        assertThat(number(billed.get("Difference"))).isEqualByComparingTo("10000.00");
        assertThat(billed.get("Cause")).isEqualTo("billing 2024-03 restated: billing-2024-03-part2.csv changed");
    }

    private static boolean exists(String store, String sql) {
        try (Connection connection = DriverManager.getConnection(store)) {
            return exists(connection, sql);
        }
        catch (SQLException e) {
            return false;
        }
    }

    private static boolean exists(Connection connection, String sql) {
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            return rs.next();
        }
        catch (SQLException e) {
            // the run has not made its tables yet
            return false;
        }
    }

    private static BigDecimal number(Object cell) {
        return new BigDecimal(cell.toString());
    }

    private static Object metric(Path workbook, String name) throws Exception {
        return WorkbookTables.row(WorkbookTables.rows(workbook, "tblSummary"), "Metric", name, "Metric", name)
                .get("Value");
    }
}
