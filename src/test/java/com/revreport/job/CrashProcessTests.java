package com.revreport.job;

import com.revreport.testing.CleanRun;
import com.revreport.testing.JarProcess;
import com.revreport.testing.RunProcessTestsSupport;
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

/**
 * {@code kill -9} at the worst moments, then a plain re-run: the workbook must equal, cell by cell, the
 * one a clean run writes, and no half-written workbook may ever be visible under its real name.
 */
class CrashProcessTests {

    private static final String WORKBOOK = CleanRun.WORKBOOK;

    static CleanRun clean;

    @TempDir
    Path dir;

    @BeforeAll
    static void cleanRunOnGeneratedInput() throws Exception {
        clean = CleanRun.onGeneratedInput();
    }

    private static String[] args(Path work) {
        return clean.args(work);
    }

    @Test
    void killedInsideIngestionThenRerunGivesTheFiguresOfACleanRun() throws Exception {
        JarProcess killed = JarProcess.start(dir.resolve("killed.log"), args(dir));
        // the first month is committed, the others are being parsed or written
        killed.awaitLog("Month 2023-", Duration.ofMinutes(2));
        killed.kill9();
        assertThat(killed.output()).doesNotContain("Workbook written");
        // the kill landed inside ingestion: not every month had been committed
        assertThat(((Number) StoreFiles.query(dir.resolve("store"),
                "SELECT COUNT(DISTINCT billing_month) FROM loaded_file WHERE kind = 'BILLING'").get(0).get(0)).intValue())
                .isLessThan(6);

        JarProcess.Finished rerun = JarProcess.run(dir.resolve("rerun.log"), args(dir));

        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("was left unfinished by a process that stopped");
        assertThat(StoreFiles.query(dir.resolve("store"), "SELECT status FROM run_history ORDER BY run_id"))
                .containsExactly(List.of("FAILED"), List.of("COMPLETED"));
        // each month was committed whole or not at all: together the months hold every line once
        assertThat(StoreFiles.query(dir.resolve("store"), "SELECT SUM(rows_accepted) FROM loaded_file WHERE kind = 'BILLING'"))
                .containsExactly(List.of("300000"));
        assertThat(WorkbookCells.figures(dir.resolve(WORKBOOK))).isEqualTo(clean.figures());
    }

    @Test
    void killedWhileWritingTheWorkbookLeavesNoHalfWorkbookAndRerunGivesACleanOne() throws Exception {
        Path folder = dir.resolve("output/FY2023-Q2");
        JarProcess killed = JarProcess.start(dir.resolve("killed.log"), args(dir));
        killed.await(() -> RunProcessTestsSupport.hasTemporaryWorkbook(folder), Duration.ofMinutes(3),
                "a temporary workbook being written");
        killed.kill9();

        assertThat(dir.resolve(WORKBOOK)).doesNotExist();

        JarProcess.Finished rerun = JarProcess.run(dir.resolve("rerun.log"), args(dir));

        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(rerun.output()).containsPattern("months \\{UNCHANGED=6\\}");
        assertThat(WorkbookCells.figures(dir.resolve(WORKBOOK))).isEqualTo(clean.figures());
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly("revenue-report-FY2023-Q2.xlsx");
        }
    }
}
