package com.revreport.run;

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

import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.SegmentReconciliation;
import com.revreport.ingest.LoadPlan;
import com.revreport.store.RevenueStore;

/**
 * Opens and closes the run's entry in the store's run history (the finance reader's audit trail)
 * and logs the one end-of-run summary an operator reads.
 */
@RunRoleOnly
@Component
class RunHistoryListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunHistoryListener.class);

    private final RevenueStore store;

    private final RunState state;

    private final StopSignal stopSignal;

    private final RevReportOptions options;

    private final StoreIdentity identity;

    private final javax.sql.DataSource dataSource;

    RunHistoryListener(RevenueStore store, RunState state, StopSignal stopSignal, RevReportOptions options,
            StoreIdentity identity, javax.sql.DataSource dataSource) {
        this.store = store;
        this.state = state;
        this.stopSignal = stopSignal;
        this.options = options;
        this.identity = identity;
        this.dataSource = dataSource;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        state.reset();
        log.info("Run {} starting, {} ms after the process started", execution.getId(),
                System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        // before the run writes anything of its own: a copy of the store taken before this run is told apart
        identity.advance(dataSource);
        store.startRun(execution.getId(), execution.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant());
        stopSignal.running(execution);
    }

    @Override
    public void afterJob(JobExecution execution) {
        QuarterFigures figures = state.figuresOrNull();
        String quarter = figures != null ? figures.period().fileLabel()
                : state.alreadyCurrent() != null ? labelOf(state.alreadyCurrent().workbook())
                : execution.getJobParameters().getString("quarter");
        boolean completed = completed(execution, state);
        String message = completed ? null
                : stopSignal.requested() ? stopSignal.line() : FailureMessages.of(execution, options.storeLocation());
        store.finishRun(execution.getId(), completed ? "COMPLETED" : "FAILED", quarter,
                completed ? state.published() : null, message);
        log.info("Run {} {} in {} s: quarter {}; months {}; rows {}, rejects {}; reconciliation rows {}; workbook {}; "
                + "step ms {}", execution.getId(), completed ? "COMPLETED" : "FAILED", seconds(execution), OneLine.of(quarter), months(),
                billingRows(execution, StepExecution::getWriteCount) + billingRows(execution, StepExecution::getFilterCount),
                billingRows(execution, StepExecution::getFilterCount), statuses(figures),
                OneLine.of(workbook()), stepMillis(execution));
    }

    /**
     * The run did all its work: completed, or asked to stop (SIGTERM) only once its workbook was in
     * place, which Spring Batch reports as stopping though nothing is left to do.
     */
    static boolean completed(JobExecution execution, RunState state) {
        return execution.getStatus() == BatchStatus.COMPLETED || state.publishedByThisRun();
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

    private String workbook() {
        if (state.alreadyCurrent() != null) {
            return state.alreadyCurrent().workbook() + " (current: written by run " + state.alreadyCurrent().runId() + ")";
        }
        return state.workbook() == null ? "not written" : state.workbook();
    }

    private String months() {
        LoadPlan plan = state.planOrNull();
        if (plan == null) {
            return "not planned";
        }
        return plan.months().values().stream()
                .collect(Collectors.groupingBy(Enum::name, TreeMap::new, Collectors.counting())).toString();
    }

    /** From the partitioned step, which sums its months' counts wherever they were loaded (threads or workers). */
    private static long billingRows(JobExecution execution, Function<StepExecution, Long> count) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("loadBillingMonths"))
                .mapToLong(count::apply).sum();
    }

    private static String statuses(QuarterFigures figures) {
        if (figures == null) {
            return "not computed";
        }
        // every row of tblReconciliation, month and quarter rows alike, as the Summary sheet counts them
        Map<String, Long> counts = figures.reconciliation().stream()
                .collect(Collectors.groupingBy(r -> r.status().name(), TreeMap::new, Collectors.counting()));
        long breaks = figures.reconciliation().stream().filter(SegmentReconciliation::quarterTotal)
                .filter(r -> r.status().name().equals("BREAK")).count();
        return counts + " (segments breaking over the quarter: " + breaks + ")";
    }

    private static String seconds(JobExecution execution) {
        LocalDateTime end = execution.getEndTime() == null ? LocalDateTime.now() : execution.getEndTime();
        return String.format("%.1f", Duration.between(execution.getStartTime(), end).toMillis() / 1000.0);
    }
}
