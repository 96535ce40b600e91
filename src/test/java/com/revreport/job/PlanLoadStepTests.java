package com.revreport.job;


import static com.revreport.testing.StoreFiles.BILLING_HEADER;
import static com.revreport.testing.StoreFiles.write;
import static com.revreport.job.StepRunner.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The planning step alone: the plan it leaves in the job's context, read back from the job repository. */
class PlanLoadStepTests {

    @TempDir
    Path dir;



    @Test
    void newStorePlansEveryFileWithItsSha256AndEachMonthsFilesInLoadOrder() throws Exception {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            Path input = steps.input();
            write(input, "billing/billing-2024-02-part2.csv", BILLING_HEADER + "F9,2024-02,C2,Beta,AI,USAGE,7,USD\n");

            JobExecution run = steps.run("planLoad", new ExecutionContext());

            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            ExecutionContext job = run.getExecutionContext();
            assertThat(job.getString("input")).isEqualTo(input.toAbsolutePath().toString());
            assertThat(job.getString("months")).isEqualTo("2024-01=LOADED,2024-02=LOADED");
            assertThat(job.getString("ledger")).isEqualTo("LOADED");
            assertThat(job.getString("fx")).isEqualTo("LOADED");
            // part2 after the month's first file, as the month is read: the first occurrence of a line_id wins
            assertThat(job.get("billingFiles.2024-02")).isEqualTo(List.of(
                    sha256(input.resolve("billing/billing-2024-02.csv")) + "  billing/billing-2024-02.csv",
                    sha256(input.resolve("billing/billing-2024-02-part2.csv")) + "  billing/billing-2024-02-part2.csv"));
            assertThat(job.get("ledgerFiles"))
                    .isEqualTo(List.of(sha256(input.resolve("ledger/ledger.csv")) + "  ledger/ledger.csv"));
            assertThat(job.get("fxFiles")).isEqualTo(List.of(sha256(input.resolve("fx/fx.csv")) + "  fx/fx.csv"));
        }
    }

    @Test
    void monthTheStoreHoldsFromTheSameFilesIsNotPlannedToLoadAndAChangedOneIs() throws Exception {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            steps.loadAsANewStore();
            write(steps.input(), "billing/billing-2024-02.csv", BILLING_HEADER + "F1,2024-02,C1,Acme,AI,USAGE,75.5,USD\n");

            ExecutionContext job = steps.run("planLoad", new ExecutionContext()).getExecutionContext();

            assertThat(job.getString("months")).isEqualTo("2024-01=UNCHANGED,2024-02=REPLACED");
            assertThat(job.getString("ledger")).isEqualTo("UNCHANGED");
            assertThat(job.containsKey("billingFiles.2024-01")).isFalse();
            assertThat((List<?>) job.get("billingFiles.2024-02")).hasSize(1);
        }
    }
}
