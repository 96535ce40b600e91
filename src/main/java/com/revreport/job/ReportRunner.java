package com.revreport.job;

import com.revreport.cli.ExitCodes;
import com.revreport.cli.FailureMessages;
import com.revreport.model.OneLine;
import com.revreport.cli.Option;
import com.revreport.cli.RevReportOptions;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import com.revreport.store.RevenueStore;

/**
 * Starts one run of the job and turns its outcome into the exit code a scheduler reads. Every run
 * is a new job instance: a run that died is not resumed from its middle but run again, and the
 * month-level sync makes that redo exactly the unfinished work without counting anything twice.
 */
@Component
public class ReportRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportRunner.class);

    private final JobOperator jobOperator;

    private final Job job;

    private final RevReportOptions options;

    private final RevenueStore store;

    private final RunStopRequests stopSignal;

    private final AbandonedRuns abandonedRuns;

    ReportRunner(JobOperator jobOperator, Job job, RevReportOptions options, RevenueStore store,
            RunStopRequests stopSignal, AbandonedRuns abandonedRuns) {
        this.jobOperator = jobOperator;
        this.abandonedRuns = abandonedRuns;
        this.job = job;
        this.options = options;
        this.store = store;
        this.stopSignal = stopSignal;
    }

    /** The exit code the README lists and, for a failed run, its one line (logged here, printed by the caller). */
    /**
     * @param workbook for a run that completed, what it left current: {@code workbook written by run 7: <path>} or
     *        {@code workbook kept: <path> (current: written by run 5)}
     */
    public record Outcome(int exitCode, String failure, String workbook) {

        Outcome(int exitCode, String failure) {
            this(exitCode, failure, null);
        }
    }

    public synchronized Outcome runOnce() {
        if (!stopSignal.runStarting()) {
            log.warn("Run not started: {}", stopSignal.line());
            return failed(stopSignal.line());
        }
        try {
            return startJob();
        }
        finally {
            stopSignal.runEnded();
        }
    }

    private Outcome startJob() {
        JobExecution execution = null;
        try {
            abandonedRuns.recover();
            JobParametersBuilder builder = new JobParametersBuilder();
            Option.runParameters(options).forEach(builder::addString);
            JobParameters parameters = builder.addString("requestedAt", Instant.now().toString()).toJobParameters();
            execution = jobOperator.start(job, parameters);
            if (RunHistoryListener.completed(execution, store)) {
                return new Outcome(ExitCodes.WRITTEN, null, workbookLeftCurrent(execution));
            }
            if (stopSignal.requested()) {
                log.warn("Run {} {}", execution.getId(), stopSignal.line());
                return failed(stopSignal.line());
            }
            return failed(execution.getId(), FailureMessages.cause(execution).orElse(null),
                    FailureMessages.of(execution, options.storeLocation()));
        }
        catch (Exception e) {
            // the job repository or the store failed around the job, not in one of its steps
            return failed(execution == null ? null : execution.getId(), e, FailureMessages.line(e, options.storeLocation()));
        }
    }

    /**
     * The workbook a completed run wrote, or the one it kept and the run that wrote that one (the run the
     * decider found current, in the job's context).
     */
    private String workbookLeftCurrent(JobExecution execution) {
        long runId = execution.getId();
        var context = execution.getExecutionContext();
        if (context.containsKey(PublishedWorkbookDecider.CURRENT_RUN)
                && context.getLong(PublishedWorkbookDecider.CURRENT_RUN) != runId) {
            long writer = context.getLong(PublishedWorkbookDecider.CURRENT_RUN);
            return store.publicationOf(writer).map(p -> "workbook kept: " + OneLine.of(p.workbook())
                    + " (current: written by run " + writer + ")").orElse("workbook kept (written by run " + writer + ")");
        }
        return store.publicationOf(runId).map(p -> "workbook written by run " + runId + ": " + OneLine.of(p.workbook()))
                .orElse("workbook written by run " + runId);
    }

    private static Outcome failed(Long runId, Throwable cause, String line) {
        String run = runId == null ? "Run" : "Run " + runId;
        if (cause == null || FailureMessages.explained(cause)) {
            log.error("{} failed: {}", run, line);
        }
        else {
            log.error("{} failed: {}", run, line, cause);
        }
        return failed(line);
    }

    private static Outcome failed(String line) {
        return new Outcome(ExitCodes.FAILED, line);
    }
}
