package com.revreport.job;


import static com.revreport.testing.StoreFiles.BILLING_HEADER;
import static com.revreport.testing.StoreFiles.write;
import static com.revreport.job.StepRunner.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.revreport.model.FxRate;
import com.revreport.store.RevenueStore;

/**
 * The billing months step alone: a partition per planned month, each loading from what its own context
 * says. January: 100.10 USD (C1) and 50 EUR (C2); February: 200 USD and a -20 USD credit (C1).
 */
class BillingMonthStepTests {

    @TempDir
    Path dir;




    private static void storeJanuaryEuroRate(StepRunner steps) {
        steps.bean(RevenueStore.class).replaceRates(List.of(new FxRate(YearMonth.of(2024, 1), "EUR", new BigDecimal("1.1"))),
                List.of(), 0);
    }

    private List<List<Object>> totals(StepRunner steps, String month) {
        return steps.query("SELECT client_id, charge_type, currency, amount FROM billing_total WHERE billing_month = ? "
                + "ORDER BY client_id, charge_type", month);
    }

    @Test
    void eachMonthIsLoadedByAPartitionThatCarriesItsMonthInputAndFiles() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            storeJanuaryEuroRate(steps);

            JobExecution run = steps.run("loadBillingMonths", steps.newStorePlan());

            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            ExecutionContext january = StepRunner.only(run, "loadBillingMonth:month-2024-01").getExecutionContext();
            assertThat(january.getString("month")).isEqualTo("2024-01");
            assertThat(january.getString("input")).isEqualTo(steps.input().toAbsolutePath().toString());
            assertThat(january.get("files")).isEqualTo(
                    List.of(sha256(steps.input().resolve("billing/billing-2024-01.csv")) + "  billing/billing-2024-01.csv"));
            assertThat(totals(steps, "2024-01")).containsExactly(List.of("C1", "USAGE", "USD", "100.1"),
                    List.of("C2", "USAGE", "EUR", "50"));
            assertThat(totals(steps, "2024-02")).containsExactly(List.of("C1", "CREDIT", "USD", "-20"),
                    List.of("C1", "USAGE", "USD", "200"));
            assertThat(StepRunner.only(run, "loadBillingMonth:month-2024-02").getWriteCount()).isEqualTo(2);
        }
    }

    @Test
    void monthLoadedAgainReplacesItsTotalsRatherThanAddingToThem() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            storeJanuaryEuroRate(steps);
            ExecutionContext plan = steps.newStorePlan();
            steps.run("loadBillingMonths", plan);

            // the same partitions again, as a redelivered or retried month would be
            assertThat(steps.run("loadBillingMonths", plan).getStatus()).isEqualTo(BatchStatus.COMPLETED);

            // 200 and -20 as once loaded, not 400 and -40
            assertThat(totals(steps, "2024-02")).containsExactly(List.of("C1", "CREDIT", "USD", "-20"),
                    List.of("C1", "USAGE", "USD", "200"));
        }
    }

    @Test
    void fileChangedSinceThePlanFailsItsMonthNamingTheFileAndLeavesTheMonthAsItWas() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            storeJanuaryEuroRate(steps);
            ExecutionContext plan = steps.newStorePlan();
            write(steps.input(), "billing/billing-2024-02.csv", BILLING_HEADER + "F1,2024-02,C1,Acme,AI,USAGE,75.5,USD\n");

            JobExecution run = steps.run("loadBillingMonths", plan);

            assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
            StepExecution february = StepRunner.only(run, "loadBillingMonth:month-2024-02");
            assertThat(february.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(february.getExitStatus().getExitDescription())
                    .contains("billing/billing-2024-02.csv: changed while the run was loading it");
            assertThat(totals(steps, "2024-02")).isEmpty();
            assertThat(totals(steps, "2024-01")).hasSize(2);
        }
    }

    @Test
    void monthNeedingARateTheStoreLacksIsNotLoadedAndItsPartitionRecordsWhy() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            JobExecution run = steps.run("loadBillingMonths", steps.newStorePlan());

            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            ExecutionContext january = StepRunner.only(run, "loadBillingMonth:month-2024-01").getExecutionContext();
            assertThat(january.get("missingRates")).isEqualTo(List.of("2024-01 EUR"));
            assertThat(january.getString("notLoaded")).isEqualTo("billing 2024-01");
            assertThat(totals(steps, "2024-01")).isEmpty();
            // February is all in USD, the reporting currency
            assertThat(totals(steps, "2024-02")).hasSize(2);
        }
    }
}
