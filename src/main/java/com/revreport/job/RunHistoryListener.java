package com.revreport.job;

import com.revreport.cli.FailureMessages;
import com.revreport.model.OneLine;
import com.revreport.cli.RevReportOptions;
import com.revreport.store.StoreIdentity;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.revreport.store.PublishedReport;
import com.revreport.store.RevenueStore;

/**
 * Opens and closes the run's entry in the store's run history (the finance reader's audit trail)
 * and logs the one end-of-run summary an operator reads, from what the run's steps left in the job
 * repository and the store.
 */
@Component
class RunHistoryListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunHistoryListener.class);

    private final RevenueStore store;

    private final RunStopRequests stopSignal;

    private final RevReportOptions options;

    private final StoreIdentity identity;

    private final javax.sql.DataSource dataSource;

    RunHistoryListener(RevenueStore store, RunStopRequests stopSignal, RevReportOptions options,
            StoreIdentity identity, javax.sql.DataSource dataSource) {
        this.store = store;
        this.stopSignal = stopSignal;
        this.options = options;
        this.identity = identity;
        this.dataSource = dataSource;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        log.info("Run {} starting, {} ms after the process started", execution.getId(),
                System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        // before the run writes anything of its own: a copy of the store taken before this run is told apart
        identity.advance(dataSource);
        store.startRun(execution.getId(), execution.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant());
        stopSignal.running(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        ExecutionContext job = execution.getExecutionContext();
        ExecutionContext written = writeWorkbookContext(execution);
        PublishedReport kept = job.containsKey(PublishedWorkbookDecider.CURRENT_RUN)
                ? store.publicationOf(job.getLong(PublishedWorkbookDecider.CURRENT_RUN)).orElse(null) : null;
        String quarter = written.containsKey(WorkbookTasklet.QUARTER) ? written.getString(WorkbookTasklet.QUARTER)
                : kept != null ? labelOf(kept.workbook()) : execution.getJobParameters().getString("quarter");
        boolean completed = completed(execution, store);
        String message = completed ? null
                : stopSignal.requested() ? stopSignal.line() : FailureMessages.of(execution, options.storeLocation());
        store.finishRun(execution.getId(), completed ? "COMPLETED" : "FAILED", quarter,
                completed ? published(execution, kept) : null, message);
        log.info("Run {} {} in {} s: quarter {}; months {}; rows {}, rejects {}; reconciliation rows {}; workbook {}; "
                + "step ms {}", execution.getId(), completed ? "COMPLETED" : "FAILED", seconds(execution), OneLine.of(quarter),
                months(job), billingRows(execution, StepExecution::getWriteCount)
                        + billingRows(execution, StepExecution::getFilterCount),
                billingRows(execution, StepExecution::getFilterCount),
                written.containsKey(WorkbookTasklet.RECONCILIATION) ? written.getString(WorkbookTasklet.RECONCILIATION)
                        : "not computed",
                OneLine.of(workbook(written, kept)), stepMillis(execution));
    }

    /**
     * The run did all its work: completed, or asked to stop (SIGTERM) only once its workbook was in
     * place (the store records a workbook as soon as it is), which Spring Batch reports as stopping though
     * nothing is left to do.
     */
    static boolean completed(JobExecution execution, RevenueStore store) {
        return execution.getStatus() == BatchStatus.COMPLETED || store.publicationOf(execution.getId()).isPresent();
    }

    /** The workbook the run leaves current: written now, or kept from an earlier run. */
    private PublishedReport published(JobExecution execution, PublishedReport kept) {
        return store.publicationOf(execution.getId())
                .map(p -> new PublishedReport(p.runId(), execution.getExecutionContext()
                        .getString(PublishedWorkbookDecider.FINGERPRINT), p.workbook(), p.workbookSha256()))
                .orElse(kept);
    }

    private static ExecutionContext writeWorkbookContext(JobExecution execution) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("writeWorkbook"))
                .map(StepExecution::getExecutionContext).findFirst().orElseGet(ExecutionContext::new);
    }

    /** Time per top-level step, the phases a benchmark reports. */
    private static Map<String, Long> stepMillis(JobExecution execution) {
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        execution.getStepExecutions().stream().filter(s -> !s.getStepName().contains(":"))
                .sorted(java.util.Comparator.comparing(StepExecution::getStartTime))
                .forEach(s -> millis.put(s.getStepName(), Duration.between(s.getStartTime(),
                        s.getEndTime() == null ? LocalDateTime.now() : s.getEndTime()).toMillis()));
        return millis;
    }

    /** {@code .../revenue-report-FY2024-Q3-QTD.xlsx} -> {@code FY2024-Q3-QTD} */
    private static String labelOf(String workbook) {
        String name = java.nio.file.Path.of(workbook).getFileName().toString();
        return name.replaceFirst("^revenue-report-", "").replaceFirst("\\.xlsx$", "");
    }

    private static String workbook(ExecutionContext written, PublishedReport kept) {
        if (kept != null) {
            return kept.workbook() + " (current: written by run " + kept.runId() + ")";
        }
        return written.containsKey(WorkbookTasklet.WORKBOOK) ? written.getString(WorkbookTasklet.WORKBOOK) : "not written";
    }

    private static String months(ExecutionContext job) {
        if (!PlanContext.planned(job)) {
            return "not planned";
        }
        return PlanContext.actions(job).months().values().stream()
                .collect(Collectors.groupingBy(Enum::name, TreeMap::new, Collectors.counting())).toString();
    }

    /** From the partitioned step, which sums its months' counts wherever they were loaded (threads or workers). */
    private static long billingRows(JobExecution execution, Function<StepExecution, Long> count) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("loadBillingMonths"))
                .mapToLong(count::apply).sum();
    }

    private static String seconds(JobExecution execution) {
        LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
        return String.format("%.1f", Duration.between(execution.getStartTime(), end).toMillis() / 1000.0);
    }
}
