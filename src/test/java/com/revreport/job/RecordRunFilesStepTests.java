package com.revreport.job;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The run history step alone: every file the store reflects, with what the plan in the job's context did with it. */
class RecordRunFilesStepTests {

    @TempDir
    Path dir;

    @Test
    void everyStoredFileIsRecordedWithTheActionThePlanTookOnItsMonth() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            steps.loadAsANewStore();
            ExecutionContext plan = new ExecutionContext();
            plan.putString("months", "2024-01=UNCHANGED,2024-02=RELOADED");
            plan.putString("ledger", "KEPT");
            plan.putString("fx", "UNCHANGED");

            JobExecution run = steps.run("recordRunFiles", plan);

            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(steps.query("SELECT kind, billing_month, file_name, action, rows_read, rows_accepted FROM run_file "
                    + "WHERE run_id = ? ORDER BY kind, file_name", run.getId())).containsExactly(
                            List.of("BILLING", "2024-01", "billing/billing-2024-01.csv", "UNCHANGED", 2L, 2L),
                            List.of("BILLING", "2024-02", "billing/billing-2024-02.csv", "RELOADED", 2L, 2L),
                            java.util.Arrays.asList("FX", null, "fx/fx.csv", "UNCHANGED", 2L, 2L),
                            java.util.Arrays.asList("LEDGER", null, "ledger/ledger.csv", "KEPT", 2L, 2L));
        }
    }
}
