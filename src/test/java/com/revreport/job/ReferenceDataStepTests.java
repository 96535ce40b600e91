package com.revreport.job;


import static com.revreport.testing.StoreFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/** The reference data step alone, from a plan in the job's context: what it puts in the store and its context. */
class ReferenceDataStepTests {

    @TempDir
    Path dir;




    @Test
    void ratesAndLedgerThePlanLoadsAreStoredWithTheirFiles() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            JobExecution run = steps.run("loadReferenceData", steps.newStorePlan());

            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(steps.query("SELECT rate_month, currency, rate FROM fx_rate ORDER BY rate_month"))
                    .containsExactly(List.of("2024-01", "EUR", "1.1"), List.of("2024-02", "EUR", "1.2"));
            assertThat(steps.query("SELECT ledger_month, segment, currency, revenue FROM ledger_entry ORDER BY ledger_month"))
                    .containsExactly(List.of("2024-01", "AI", "USD", "155.1"), List.of("2024-02", "AI", "USD", "180"));
            assertThat(steps.query("SELECT kind, file_name, rows_read, run_id FROM loaded_file ORDER BY kind"))
                    .containsExactly(List.of("FX", "fx/fx.csv", 2L, run.getId()),
                            List.of("LEDGER", "ledger/ledger.csv", 2L, run.getId()));
        }
    }

    @Test
    void ledgerNeedingARateTheStoreLacksIsNotStoredAndTheStepRecordsWhy() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            write(steps.input(), "ledger/ledger.csv",
                    "month,segment,revenue,currency\n2024-01,AI,155.10,JPY\n2024-02,AI,180,USD\n");
            JobExecution run = steps.run("loadReferenceData", steps.newStorePlan());

            // not a failure yet: the check after the billing months fails the run once every missing rate is known
            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            StepExecution step = StepRunner.only(run, "loadReferenceData");
            assertThat(step.getExecutionContext().get("missingRates")).isEqualTo(List.of("2024-01 JPY"));
            assertThat(step.getExecutionContext().getString("notLoaded")).isEqualTo("the ledger");
            assertThat(steps.query("SELECT COUNT(*) FROM ledger_entry")).containsExactly(List.of(0L));
            assertThat(steps.query("SELECT COUNT(*) FROM fx_rate")).containsExactly(List.of(2L));
        }
    }

    @Test
    void fileChangedSinceThePlanFailsTheStepNamingItAndStoresNothing() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            var plan = steps.newStorePlan();
            write(steps.input(), "fx/fx.csv", "month,currency,rate\n2024-01,EUR,9\n");

            JobExecution run = steps.run("loadReferenceData", plan);

            assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(StepRunner.only(run, "loadReferenceData").getExitStatus().getExitDescription())
                    .contains("fx/fx.csv: changed while the run was loading it");
            assertThat(steps.query("SELECT COUNT(*) FROM fx_rate")).containsExactly(List.of(0L));
        }
    }
}
