package com.revreport.job;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.revreport.model.FxRate;
import com.revreport.model.LedgerEntry;
import com.revreport.store.RevenueStore;

/**
 * The exchange rate check alone: the pairs the loading steps recorded in the job repository, wherever they
 * ran, and those of the amounts in the store.
 */
class ExchangeRateCheckStepTests {

    @TempDir
    Path dir;




    private static void storeLedger(StepRunner steps, String currency) {
        steps.bean(RevenueStore.class).replaceLedger(List.of(new LedgerEntry(YearMonth.of(2024, 1), "AI", currency,
                new BigDecimal("155.10"))), List.of(), 0);
        steps.bean(RevenueStore.class).replaceRates(List.of(new FxRate(YearMonth.of(2024, 1), "EUR", new BigDecimal("1.1"))),
                List.of(), 0);
    }

    @Test
    void storeWhoseAmountsAllHaveTheirRatesPasses() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            storeLedger(steps, "EUR");

            assertThat(steps.run("checkExchangeRates", new ExecutionContext()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }
    }

    @Test
    void storedAmountWithoutARateFailsTheRunNamingThePair() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            storeLedger(steps, "JPY");

            JobExecution run = steps.run("checkExchangeRates", new ExecutionContext());

            assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(StepRunner.only(run, "checkExchangeRates").getExitStatus().getExitDescription())
                    .contains("Missing exchange rates to USD for 1 (month, currency) pairs: 2024-01 JPY\n");
        }
    }

    @Test
    void pairsTheLoadingStepsRecordedInTheJobRepositoryAreListedWithWhatTheyDidNotLoad() throws Exception {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            storeLedger(steps, "JPY");
            // a job execution whose loading steps (here written straight into the job repository, as a
            // worker process would have) left February and the ledger as they were
            JobRepository repository = steps.bean(JobRepository.class);
            JobParameters parameters = new JobParametersBuilder().addString("test", "check").toJobParameters();
            JobInstance instance = repository.createJobInstance("revenueReport", parameters);
            JobExecution job = repository.createJobExecution(instance, parameters, new ExecutionContext());
            recordNotLoaded(repository, job, "loadBillingMonth:month-2024-02", List.of("2024-02 CHF", "2024-02 GBP"),
                    "billing 2024-02");
            recordNotLoaded(repository, job, "loadReferenceData", List.of("2024-01 JPY"), "the ledger");
            StepExecution check = repository.createStepExecution("checkExchangeRates", job);

            steps.step("checkExchangeRates").execute(check);

            assertThat(check.getStatus()).isEqualTo(BatchStatus.FAILED);
            // 2024-01 JPY both recorded and in the store: one pair, listed once
            assertThat(check.getFailureExceptions()).singleElement().extracting(Throwable::getMessage)
                    .isEqualTo("Missing exchange rates to USD for 3 (month, currency) pairs: 2024-01 JPY, 2024-02 CHF, "
                            + "2024-02 GBP; not loaded, kept as they were: billing 2024-02, the ledger");
        }
    }

    private static void recordNotLoaded(JobRepository repository, JobExecution job, String step, List<String> missing,
            String notLoaded) {
        StepExecution execution = repository.createStepExecution(step, job);
        execution.getExecutionContext().put("missingRates", new ArrayList<>(missing));
        execution.getExecutionContext().putString("notLoaded", notLoaded);
        repository.updateExecutionContext(execution);
    }
}
