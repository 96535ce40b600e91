package com.revreport.run;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import com.revreport.store.RevenueStore;

/**
 * Starts one run of the job and turns its outcome into the exit code a scheduler reads. Every run
 * is a new job instance: a run that died is not resumed from its middle but run again, and the
 * month-level sync makes that redo exactly the unfinished work without counting anything twice.
 */
@Component
class ReportRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportRunner.class);

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final Job job;

    private final RevReportOptions options;

    private final RevenueStore store;

    ReportRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, RevReportOptions options,
            RevenueStore store) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.options = options;
        this.store = store;
    }

    /** @return the exit code of spec section 5 */
    synchronized int runOnce() {
        recoverAbandonedRuns();
        JobParameters parameters = new JobParametersBuilder()
                .addString("input", options.input().toAbsolutePath().toString())
                .addString("output", options.output().toAbsolutePath().toString())
                .addString("quarter", options.quarter() == null ? "newest" : options.quarter())
                .addLong("fiscalYearStartMonth", (long) options.fiscalYearStartMonth())
                .addString("reportingCurrency", options.reportingCurrency())
                .addString("requestedAt", Instant.now().toString())
                .toJobParameters();
        try {
            JobExecution execution = jobOperator.start(job, parameters);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return ExitCodes.WRITTEN;
            }
            Throwable cause = FailureMessages.cause(execution).orElse(null);
            if (cause == null || FailureMessages.explainedByInput(cause)) {
                log.error("Run {} failed: {}", execution.getId(), FailureMessages.of(execution));
            }
            else {
                log.error("Run {} failed: {}", execution.getId(), FailureMessages.of(execution), cause);
            }
            return ExitCodes.FAILED;
        }
        catch (Exception e) {
            log.error("Run could not start: {}", e.getMessage(), e);
            return ExitCodes.FAILED;
        }
    }

    /**
     * This process holds the store's lock, so an execution still marked as running was left by a
     * process that died (kill -9, power loss); marking it failed keeps it from blocking for ever.
     */
    private void recoverAbandonedRuns() {
        for (JobExecution stale : jobRepository.findRunningJobExecutions(ReportJobConfiguration.JOB_NAME)) {
            log.warn("Run {} was left unfinished by a process that stopped; marking it failed", stale.getId());
            jobOperator.recover(stale);
            store.finishRun(stale.getId(), "FAILED", null, null,
                    "the process stopped before the run finished (killed or lost power); a later run redid its work");
        }
    }
}
