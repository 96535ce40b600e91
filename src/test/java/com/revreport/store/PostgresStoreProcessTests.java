package com.revreport.store;

import com.revreport.store.lock.PostgresStoreLock;
import com.revreport.testing.JarProcess;
import com.revreport.testing.WorkbookCells;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.revreport.bench.BenchmarkData;

/** The packaged jar on a PostgreSQL store (a server the build starts): the same report as on H2, one run at a time. */
class PostgresStoreProcessTests {

    private static final Path DEMO_INPUT = Path.of("input").toAbsolutePath();

    private static final String DEMO_WORKBOOK = "output/FY2024-Q3/revenue-report-FY2024-Q3.xlsx";

    @TempDir
    Path dir;

    @Test
    void demoOnPostgresGivesTheH2WorkbookCellForCell() throws Exception {
        String store = PostgresServer.shared().newDatabase();
        JarProcess.Finished onH2 = JarProcess.run(dir.resolve("h2.log"), "--input=" + DEMO_INPUT,
                "--store=" + dir.resolve("h2/store"), "--output=" + dir.resolve("h2/output"),
                "--fiscal-year-start-month=7", "--quarter=FY2024-Q3");
        JarProcess.Finished onPostgres = JarProcess.run(dir.resolve("pg.log"), "--input=" + DEMO_INPUT,
                "--store=" + store, "--output=" + dir.resolve("pg/output"), "--fiscal-year-start-month=7",
                "--quarter=FY2024-Q3");

        assertThat(onH2.exitCode()).as(onH2.output()).isZero();
        assertThat(onPostgres.exitCode()).as(onPostgres.output()).isZero();
        // a clean run says nothing to warn of, and an exception only for a defect
        assertThat(onPostgres.output()).doesNotContain(" WARN ", " ERROR ", "Exception");
        List<String> h2Cells = WorkbookCells.figures(dir.resolve("h2").resolve(DEMO_WORKBOOK));
        assertThat(h2Cells).isNotEmpty();
        assertThat(WorkbookCells.figures(dir.resolve("pg").resolve(DEMO_WORKBOOK))).isEqualTo(h2Cells);
        // the H2 store's files were made for the H2 run only
        assertThat(dir.resolve("pg/store")).doesNotExist();
    }

    @Test
    void aFocusExportSpanningMonthsOnPostgresGivesTheH2FiguresAndIsNotReadAgainWhenUnchanged() throws Exception {
        Path input = dir.resolve("input");
        java.nio.file.Files.createDirectories(input.resolve("billing"));
        java.nio.file.Files.createDirectories(input.resolve("ledger"));
        java.nio.file.Files.writeString(input.resolve("billing/focus.csv"), "BillingPeriodStart,ChargeCategory,"
                + "ChargeClass,SubAccountId,SubAccountName,ServiceCategory,BilledCost,BillingCurrency\n"
                + "2024-08-01T00:00:00Z,Usage,NULL,SA-1,Lodestar,AI,0.00000080000,USD\n"
                + "2024-09-01 00:00:00,Usage,NULL,SA-1,Lodestar,AI,1200.50,USD\n"
                + "2024-09-01T00:00:00Z,Tax,NULL,SA-1,Lodestar,AI,96.04,USD\n");
        java.nio.file.Files.writeString(input.resolve("ledger/ledger.csv"), "month,segment,revenue,currency\n"
                + "2024-08,AI,0,USD\n2024-09,AI,1200.50,USD\n");
        String store = PostgresServer.shared().newDatabase();
        String[] common = { "--input=" + input, "--billing-format=focus", "--fiscal-year-start-month=7",
                "--quarter=FY2025-Q1" };
        JarProcess.Finished onH2 = JarProcess.run(dir.resolve("h2.log"), with(common, "--store=" + dir.resolve("h2/store"),
                "--output=" + dir.resolve("h2/output")));
        JarProcess.Finished onPostgres = JarProcess.run(dir.resolve("pg.log"), with(common, "--store=" + store,
                "--output=" + dir.resolve("pg/output")));
        JarProcess.Finished again = JarProcess.run(dir.resolve("again.log"), with(common, "--store=" + store,
                "--output=" + dir.resolve("pg/output")));

        assertThat(onH2.exitCode()).as(onH2.output()).isZero();
        assertThat(onPostgres.exitCode()).as(onPostgres.output()).isZero();
        String workbook = "output/FY2025-Q1/revenue-report-FY2025-Q1-QTD.xlsx";
        assertThat(WorkbookCells.figures(dir.resolve("pg").resolve(workbook)))
                .isEqualTo(WorkbookCells.figures(dir.resolve("h2").resolve(workbook)));
        // one file, two months; twelve fraction digits kept by PostgreSQL's numeric as by H2's
        JdbcClient database = JdbcClient.create(PostgresServer.dataSource(store));
        assertThat(database.sql("SELECT billing_month, amount FROM billing_total ORDER BY billing_month")
                .query((rs, n) -> rs.getString(1) + " " + rs.getBigDecimal(2).toPlainString()).list())
                .containsExactly("2024-08 0.000000800000", "2024-09 1200.500000000000");
        assertThat(database.sql("SELECT COUNT(*) FROM loaded_file WHERE file_name = 'billing/focus.csv'")
                .query(Long.class).single()).isEqualTo(2);
        // unchanged: the file's months come from the store, no month is loaded
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(onPostgres.output()).contains("Billing format focus: 1 new or changed billing files read for the months "
                + "they hold");
        assertThat(again.output()).contains("0 billing months to load")
                .contains("Billing format focus: 0 new or changed billing files read for the months they hold");
    }

    private static String[] with(String[] common, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }

    @Test
    void secondRunOnOnePostgresStoreExitsThreeNamingTheHolder() throws Exception {
        String store = PostgresServer.shared().newDatabase();
        // schedule mode with a nightly cron: up and holding the store, not running
        JarProcess holder = JarProcess.start(dir.resolve("holder.log"), "--input=" + DEMO_INPUT, "--store=" + store,
                "--output=" + dir.resolve("output"), "--fiscal-year-start-month=7", "--schedule");
        try {
            holder.awaitLog("Scheduled mode", Duration.ofMinutes(2));

            JarProcess.Separated second = JarProcess.runSeparatingStderr(dir.resolve("second.log"),
                    "--input=" + DEMO_INPUT, "--store=" + store, "--output=" + dir.resolve("output"),
                    "--fiscal-year-start-month=7");

            assertThat(second.exitCode()).as(second.output()).isEqualTo(3);
            assertThat(second.stderr()).singleElement().asString().contains("another run holds the store " + store,
                    "revreport pid " + holder.process.pid() + " on ");
        }
        finally {
            holder.stop();
        }
        // the lock went with the holder's session
        JarProcess.Finished third = JarProcess.run(dir.resolve("third.log"), "--input=" + DEMO_INPUT,
                "--store=" + store, "--output=" + dir.resolve("output"), "--fiscal-year-start-month=7");
        assertThat(third.exitCode()).as(third.output()).isZero();
    }

    @Test
    void lostConnectionMidLoadExitsOneKeepingTheMonthsCommittedBeforeIt() throws Exception {
        // every session of the run, its lock's included, as a restart of the server would end them
        // whichever the run meets first names the store: the failed connection, or the lock's ended session
        cutMidLoad("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
                "the store %s ");
    }

    @Test
    void lostLockSessionMidLoadExitsOneBeforeTheNextMonthCommits() throws Exception {
        // the lock's session alone: the run's other sessions could go on, but no longer as the store's one run
        cutMidLoad("SELECT pg_terminate_backend(a.pid) FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid "
                + "WHERE l.locktype = 'advisory' AND a.application_name = ?",
                "the session holding the lock on the store %s ended");
    }

    /**
     * Starts a run of 12 months, ends some of its sessions once a month is committed, and checks that it
     * fails with one line and leaves every stored month whole.
     *
     * @param terminate SQL ending sessions of the run, given its application_name
     * @param expected what the one stderr line holds, {@code %s} for the store's URL
     */
    private void cutMidLoad(String terminate, String expected) throws Exception {
        Path input = dir.resolve("input");
        BenchmarkData.write(input, 600_000, 12, 20_000);
        String store = PostgresServer.shared().newDatabase();
        JdbcClient database = JdbcClient.create(PostgresServer.dataSource(store));
        JarProcess run = JarProcess.start(dir.resolve("run.log"), "--input=" + input, "--store=" + store,
                "--output=" + dir.resolve("output"));
        run.await(() -> monthsIn(database) > 0, Duration.ofMinutes(3), "a month committed");

        List<String> committed = database.sql("SELECT billing_month FROM billing_month_range ORDER BY billing_month")
                .query(String.class).list();
        assertThat(database.sql(terminate).param(PostgresStoreLock.applicationName(run.process.pid())).query()
                .listOfRows()).isNotEmpty();
        assertThat(run.process.waitFor()).as(run.output()).isEqualTo(1);

        assertThat(run.stderr().lines().toList()).singleElement().asString()
                .contains(String.format(expected, store), "months loaded before it are kept");
        // the months committed before it are there, each whole: as many rows as its load recorded writing
        List<String> kept = database.sql("SELECT billing_month FROM billing_month_range ORDER BY billing_month")
                .query(String.class).list();
        assertThat(kept).containsAll(committed).hasSizeLessThan(12);
        for (Map<String, Object> month : database.sql("SELECT r.billing_month, c.total_rows, (SELECT COUNT(*) FROM "
                + "billing_total t WHERE t.total_id BETWEEN r.first_id AND r.last_id) AS held FROM billing_month_range r "
                + "JOIN billing_month_check c ON c.billing_month = r.billing_month").query().listOfRows()) {
            assertThat(((Number) month.get("held")).longValue()).as(month.toString())
                    .isEqualTo(((Number) month.get("total_rows")).longValue());
        }
        // no total outside the recorded months: the month in flight left nothing behind
        assertThat(database.sql("SELECT COUNT(*) FROM billing_total t WHERE NOT EXISTS (SELECT 1 FROM billing_month_range r "
                + "WHERE t.total_id BETWEEN r.first_id AND r.last_id)").query(Long.class).single()).isZero();
    }

    @Test
    void aPasswordInTheStoreUrlIsRefusedWithExitTwo() throws Exception {
        JarProcess.Separated run = JarProcess.runSeparatingStderr(dir.resolve("run.log"), "--input=" + DEMO_INPUT,
                "--store=jdbc:postgresql://localhost:5432/revreport?user=revreport&password=secret",
                "--output=" + dir.resolve("output"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.stderr()).singleElement().asString().contains("a password in the JDBC URL is refused",
                "REVREPORT_STORE_PASSWORD").doesNotContain("secret");
    }

    private static int monthsIn(JdbcClient database) {
        try {
            return database.sql("SELECT COUNT(*) FROM billing_month_range").query(Integer.class).single();
        }
        catch (RuntimeException notYetMigrated) {
            return 0;
        }
    }
}
