package com.revreport.schedule;

import com.revreport.testing.CleanRun;
import com.revreport.testing.JarProcess;
import com.revreport.testing.StoreFiles;
import com.revreport.testing.WorkbookCells;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.ingest.Sha256;

/**
 * A process stopped from outside, on the packaged jar: SIGTERM as systemd or Kubernetes sends it stops
 * at a safe point with one line, and a run killed after publishing says which workbook it published.
 */
class StopProcessTests {

    private static final String WORKBOOK = CleanRun.WORKBOOK;

    private static final String STOPPED = "stopped by SIGTERM; run again to resume";

    static CleanRun clean;

    @TempDir
    Path dir;

    @BeforeAll
    static void cleanRunOnGeneratedInput() throws Exception {
        clean = CleanRun.onGeneratedInput();
    }

    private static String[] args(Path work, String... more) {
        return clean.args(work, more);
    }

    @Test
    void sigtermWhileLoadingStopsAfterWholeMonthsKeepsTheLastWorkbookAndARerunGivesTheCleanFigures() throws Exception {
        // the workbook a previous night published, which a stopped run must leave as it was
        Path previous = dir.resolve(WORKBOOK);
        Files.createDirectories(previous.getParent());
        Files.copy(clean.workbook(), previous);
        String previousSha = Sha256.of(previous);
        JarProcess stopped = JarProcess.start(dir.resolve("stopped.log"), args(dir));
        stopped.awaitLog("Month 2023-", Duration.ofMinutes(3));

        assertThat(stopped.stop()).as(stopped.output()).isEqualTo(1);

        assertThat(stopped.stderr()).isEqualTo("revreport: " + STOPPED + "\n");
        assertThat(stopped.output()).contains("Run 1 " + STOPPED).doesNotContain("Workbook written");
        assertThat(Sha256.of(previous)).isEqualTo(previousSha);
        // each month committed whole (BenchmarkData writes 300,000 / 6 = 50,000 lines a month) or not at all,
        // and the stop came before the last ones started
        List<List<Object>> months = StoreFiles.query(dir.resolve("store"), "SELECT billing_month, SUM(rows_accepted) "
                + "FROM loaded_file WHERE kind = 'BILLING' GROUP BY billing_month");
        assertThat(months).isNotEmpty().hasSizeLessThan(6).allSatisfy(month -> assertThat(month.get(1)).isEqualTo("50000"));
        assertThat(StoreFiles.query(dir.resolve("store"), "SELECT status, message FROM run_history"))
                .containsExactly(List.of("FAILED", STOPPED));

        JarProcess.Finished rerun = JarProcess.run(dir.resolve("rerun.log"), args(dir));

        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).doesNotContain("left unfinished");
        assertThat(WorkbookCells.figures(previous)).isEqualTo(clean.figures());
    }

    @Test
    void sigtermDuringAScheduledRunStopsItAndTheServiceWithExitOne() throws Exception {
        JarProcess scheduled = JarProcess.start(dir.resolve("scheduled.log"), args(dir, "--schedule",
                "--cron=* * * * * *"));
        scheduled.awaitLog("Month 2023-", Duration.ofMinutes(3));

        assertThat(scheduled.stop()).as(scheduled.output()).isEqualTo(1);

        assertThat(scheduled.stderr()).isEqualTo("revreport: " + STOPPED + "\n");
        assertThat(scheduled.output()).doesNotContain("Scheduled run failed");
        assertThat(StoreFiles.query(dir.resolve("store"), "SELECT status, message FROM run_history"))
                .containsExactly(List.of("FAILED", STOPPED));
    }

    @Test
    void sigtermWhileAScheduleIsIdleStopsTheServiceWithExitZero() throws Exception {
        Path small = StoreFiles.writeInput(dir.resolve("input"));
        JarProcess scheduled = JarProcess.start(dir.resolve("scheduled.log"), "--input=" + small,
                "--store=" + dir.resolve("store"), "--output=" + dir.resolve("output"), "--schedule");
        scheduled.awaitLog("Scheduled mode", Duration.ofMinutes(2));

        assertThat(scheduled.stop()).as(scheduled.output()).isZero();

        assertThat(scheduled.output()).contains("Stopped by SIGTERM while no run was going");
        assertThat(scheduled.stderr()).isEmpty();
    }

    @Test
    void runKilledAfterPublishingIsRecordedWithTheWorkbookItPublished() throws Exception {
        Path small = StoreFiles.writeInput(dir.resolve("input"));
        String[] args = { "--input=" + small, "--store=" + dir.resolve("store"), "--output=" + dir.resolve("output") };
        assertThat(JarProcess.run(dir.resolve("first.log"), args).exitCode()).isZero();
        // holds the next run at its very end, once its workbook is in place: the update that would mark it
        // completed must first pass a check that sums a trillion numbers, so the kill lands after publishing
        StoreFiles.execute(dir.resolve("store"), "ALTER TABLE run_history ADD CONSTRAINT hold_the_end CHECK (run_id < 2 "
                + "OR status <> 'COMPLETED' OR (SELECT SUM(X) FROM SYSTEM_RANGE(1, 1000000000000)) > 0)");
        StoreFiles.write(small, "billing/billing-2024-03.csv", StoreFiles.BILLING_HEADER
                + "M1,2024-03,C1,Acme,AI,USAGE,10.00,USD\n");
        JarProcess killed = JarProcess.start(dir.resolve("killed.log"), args);
        killed.awaitLog("Workbook written", Duration.ofMinutes(2));
        killed.kill9();
        StoreFiles.execute(dir.resolve("store"), "ALTER TABLE run_history DROP CONSTRAINT hold_the_end");
        Path workbook = dir.resolve("output/FY2024-Q1/revenue-report-FY2024-Q1.xlsx");

        JarProcess.Finished rerun = JarProcess.run(dir.resolve("rerun.log"), args);

        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("Run 2 was left unfinished by a process that stopped after publishing "
                + workbook + "; marking it failed");
        assertThat(StoreFiles.query(dir.resolve("store"), "SELECT status, workbook, message FROM run_history "
                + "WHERE run_id = 2")).containsExactly(List.of("FAILED", workbook.toString(), "the process stopped after "
                        + "publishing " + workbook + " (killed or lost power); a later run redid its work"));
    }
}
