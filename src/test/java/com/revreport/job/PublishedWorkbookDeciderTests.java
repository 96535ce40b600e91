package com.revreport.job;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.revreport.store.PublishedReport;
import com.revreport.store.RevenueStore;

/** The decision after loading: keep the published workbook, or compute the figures and write a new one. */
class PublishedWorkbookDeciderTests {

    @TempDir
    Path dir;

    private static JobExecution newJob(JobRepository repository, String name) {
        return newJob(repository, name, new ExecutionContext());
    }

    private static JobExecution newJob(JobRepository repository, String name, ExecutionContext context) {
        JobParameters parameters = new JobParametersBuilder().addString("decision", name).toJobParameters();
        JobInstance instance = repository.createJobInstance("revenueReport", parameters);
        return repository.createJobExecution(instance, parameters, context);
    }

    @Test
    void withNoPublishedWorkbookTheFiguresAreComputed() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            JobRepository repository = steps.bean(JobRepository.class);
            JobExecution run = newJob(repository, "first");

            assertThat(steps.bean(PublishedWorkbookDecider.class).decide(run, null))
                    .isEqualTo(PublishedWorkbookDecider.CHANGED);

            ExecutionContext job = repository.getJobExecution(run.getId()).getExecutionContext();
            assertThat(job.getString("fingerprint")).hasSize(64);
            assertThat(job.containsKey("currentWorkbookRun")).isFalse();
        }
    }

    @Test
    void workbookPublishedFromTheSameFingerprintAndIntactIsKeptAndOneEditedSinceIsNot() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            PublishedWorkbookDecider decider = steps.bean(PublishedWorkbookDecider.class);
            JobRepository repository = steps.bean(JobRepository.class);
            JobExecution first = newJob(repository, "first");
            decider.decide(first, null);
            String fingerprint = repository.getJobExecution(first.getId()).getExecutionContext().getString("fingerprint");
            // run 41 completed, publishing a workbook made from the same store, options, template and version
            Path workbook = Files.writeString(dir.resolve("published.xlsx"), "the workbook of run 41");
            RevenueStore store = steps.bean(RevenueStore.class);
            store.startRun(41, Instant.now());
            store.finishRun(41, "COMPLETED", "FY2024-Q1-QTD",
                    new PublishedReport(41, fingerprint, workbook.toString(), StepRunner.sha256(workbook)), null);

            JobExecution second = newJob(repository, "second");
            assertThat(decider.decide(second, null)).isEqualTo(PublishedWorkbookDecider.CURRENT);

            ExecutionContext kept = repository.getJobExecution(second.getId()).getExecutionContext();
            assertThat(kept.getLong("currentWorkbookRun")).isEqualTo(41L);
            assertThat(kept.getString("fingerprint")).isEqualTo(fingerprint);
            // edited since: not the workbook this run would write
            Files.writeString(workbook, "the workbook of run 41, edited");
            assertThat(decider.decide(newJob(repository, "third"), null)).isEqualTo(PublishedWorkbookDecider.CHANGED);
        }
    }

    @Test
    void anExplanationFileAddedOrChangedSinceMakesTheWorkbookStaleThoughTheStoreIsTheSame() throws IOException {
        try (StepRunner steps = StepRunner.onJanuaryAndFebruary(dir)) {
            PublishedWorkbookDecider decider = steps.bean(PublishedWorkbookDecider.class);
            JobRepository repository = steps.bean(JobRepository.class);
            JobExecution first = newJob(repository, "first");
            decider.decide(first, null);
            String fingerprint = repository.getJobExecution(first.getId()).getExecutionContext().getString("fingerprint");
            Path workbook = Files.writeString(dir.resolve("published.xlsx"), "the workbook of run 41");
            RevenueStore store = steps.bean(RevenueStore.class);
            store.startRun(41, Instant.now());
            store.finishRun(41, "COMPLETED", "FY2024-Q1-QTD",
                    new PublishedReport(41, fingerprint, workbook.toString(), StepRunner.sha256(workbook)), null);

            // the planning step found one explanation file: nothing else differs from run 41
            ExecutionContext planned = new ExecutionContext();
            planned.put(PlanContext.EXPLANATION_FILES, new java.util.ArrayList<>(java.util.List.of(
                    "a".repeat(64) + "  explanations/notes.csv")));
            assertThat(decider.decide(newJob(repository, "with notes", planned), null))
                    .isEqualTo(PublishedWorkbookDecider.CHANGED);
            // and without it the published workbook is current again
            assertThat(decider.decide(newJob(repository, "without notes"), null))
                    .isEqualTo(PublishedWorkbookDecider.CURRENT);
        }
    }
}
