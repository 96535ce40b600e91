package com.revreport.job;

import com.revreport.testing.SmallDisk;
import com.revreport.testing.StoreFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.revreport.RevReportApplication;

/**
 * A disk under the store that fills exactly while Spring Batch updates its own step execution (the job
 * repository shares the store's database): whichever of its updates finds the disk full, the run names
 * the full disk under the store, never a defect, and a run once space is freed gives the figures.
 */
class StoreDiskFullTests {

    private static final String MONTH_STEP = "loadBillingMonth:month-2024-03";

    @TempDir
    Path dir;

    @AfterEach
    void disarm() {
        FillDiskTrigger.fired = false;
        FillDiskTrigger.disk = null;
    }

    /**
     * The month's step execution is updated four times, to versions 1 to 4: as it starts, in its month's
     * transaction (with the month's rows), and twice as it ends (before and after its listeners). A repository
     * update that fails leaves the version Spring Batch holds apart from the one stored, so its next update of
     * the same step execution fails too, with an OptimisticLockingFailureException that says nothing of the disk.
     */
    @ParameterizedTest(name = "update to version {0}: {1}")
    @CsvSource({ "1, as the step starts", "2, in the month's transaction", "3, as the step ends",
            "4, after the step's listeners" })
    void aDiskFillingWhileSpringBatchUpdatesAStepExecutionGivesTheDiskFullLine(int version, String moment)
            throws Exception {
        Path input = StoreFiles.writeInput(dir.resolve("input"));
        Path output = dir.resolve("output");
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), "size=32m")) {
            Path store = dir.resolve("disk/store");
            assertThat(run(input, store, output).exitCode).isZero();
            StoreFiles.execute(store, "CREATE TABLE disk_filler (filler VARCHAR(1000))");
            StoreFiles.execute(store, "CREATE TRIGGER fill_disk AFTER UPDATE ON BATCH_STEP_EXECUTION FOR EACH ROW "
                    + "CALL \"" + FillDiskTrigger.class.getName() + "\"");
            StoreFiles.write(input, "billing/billing-2024-03.csv", StoreFiles.BILLING_HEADER
                    + "M1,2024-03,C1,Acme,AI,USAGE,10.00,USD\n");
            FillDiskTrigger.disk = disk;
            FillDiskTrigger.step = MONTH_STEP;
            FillDiskTrigger.version = version;

            Run full = run(input, store, output);

            assertThat(FillDiskTrigger.fired).as("the disk filled at the update to version " + version).isTrue();
            assertThat(full.exitCode).isEqualTo(1);
            assertThat(full.stderr).isEqualTo("revreport: the disk holding the store " + store + " is full (No space "
                    + "left on device); free space there and run again: the store keeps what it had\n");

            disk.free();
            assertThat(run(input, store, output).exitCode).isZero();
            assertThat(StoreFiles.query(store, "SELECT SUM(amount), COUNT(*) FROM billing_total "
                    + "WHERE billing_month = '2024-03'")).containsExactly(List.of("10", 1L));
        }
    }

    private record Run(int exitCode, String stderr) {
    }

    private static Run run(Path input, Path store, Path output) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exitCode = RevReportApplication.run("--input=" + input, "--store=" + store, "--output=" + output);
            return new Run(exitCode, captured.toString(StandardCharsets.UTF_8));
        }
        finally {
            System.setErr(stderr);
        }
    }
}
