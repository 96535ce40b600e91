package com.revreport.job;

import com.revreport.ingest.format.BillingFormat;

import com.revreport.model.OneLine;
import com.revreport.cli.Option;
import com.revreport.cli.RevReportOptions;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.revreport.analysis.AnalysisInput;
import com.revreport.analysis.AnalysisSettings;
import com.revreport.analysis.QuarterAnalysis;
import com.revreport.close.Explanations;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.RejectedValue;
import com.revreport.model.Reject;
import com.revreport.analysis.SegmentReconciliation;
import com.revreport.close.QuarterClose;
import com.revreport.ingest.ExplanationsReader;
import com.revreport.ingest.MonthAction;
import com.revreport.report.InputFileAudit;
import com.revreport.report.ReportContent;
import com.revreport.report.RunAudit;
import com.revreport.store.StoreQueries;
import com.revreport.store.StoredBilling;

/**
 * The quarter's figures from the store's monthly totals (docs/finance-guide.md), then the workbook: the
 * figures, the quarter's rejects and the run's audit trail into the template. One step, because the
 * figures are a pure function of the store and too large for an execution context; what the step leaves
 * in its own context is the workbook's path, its quarter and a count of reconciliation statuses.
 */
class WorkbookTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WorkbookTasklet.class);

    /** In the step's context: the absolute path of the workbook written. */
    static final String WORKBOOK = "workbook";

    /** In the step's context: the quarter's label, {@code FY2024-Q3-QTD}. */
    static final String QUARTER = "quarter";

    /** In the step's context: the reconciliation rows by status, as the end-of-run summary shows them. */
    static final String RECONCILIATION = "reconciliation";

    private final StoreQueries queries;

    private final VersionedPublication publication;

    private final RevReportOptions options;

    private final AnalysisSettings settings;

    private final String applicationVersion;

    WorkbookTasklet(StoreQueries queries, VersionedPublication publication, RevReportOptions options,
            AnalysisSettings settings, String applicationVersion) {
        this.queries = queries;
        this.publication = publication;
        this.options = options;
        this.settings = settings;
        this.applicationVersion = applicationVersion;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        JobExecution execution = contribution.getStepExecution().getJobExecution();
        publication.loadTemplateAhead();
        QuarterFigures figures = figures();
        BillingFormat format = PlanContext.format(execution.getExecutionContext());
        List<InputFileAudit> files = queries.runFiles(execution.getId()).stream()
                .map(f -> new InputFileAudit(f.kind(), f.fileName(), f.month() == null ? "" : f.month().toString(),
                        f.sha256(), f.read(), f.accepted(), f.excluded(), f.rejected(), f.action()))
                .toList();
        RunAudit audit = new RunAudit(String.valueOf(execution.getId()),
                execution.getStartTime().atZone(ZoneId.systemDefault()).toInstant(), Instant.now(),
                Option.runParameters(options), files, applicationVersion, format.name(), format.checksLineIds());
        List<Reject> rejects = queries.rejects(figures.period().months());
        RejectedValue rejectedValue = RejectedValue.of(rejects, queries.rates(), figures.reportingCurrency());
        List<String> explanationFiles = PlanContext.explanationFiles(execution.getExecutionContext());
        Explanations explanations = Explanations.match(figures.reconciliation(), explanationFiles.isEmpty() ? List.of()
                : ExplanationsReader.read(PlannedFiles.verified(PlanContext.input(execution.getExecutionContext()),
                        explanationFiles, null)));
        explanations.unmatched().forEach(e -> log.info("Explanation at {} ({} / {}) matches no reconciliation row of "
                + "{}: ignored", OneLine.of(e.where()), OneLine.of(e.segment()), e.period(),
                figures.period().fileLabel()));
        VersionedPublication.Made made = VersionedPublication.Made.of(figures, queries.loadedFiles(),
                Option.runParameters(options), applicationVersion);
        QuarterClose close = publication.close(figures, made);
        Path workbook = publication.publish(new ReportContent(figures, rejects, audit, settings, rejectedValue,
                explanations, close), made, options.output(), execution.getId(),
                execution.getExecutionContext().getString(PublishedWorkbookDecider.FINGERPRINT)).toAbsolutePath();
        log.info("{} version {} of {}", close.newVersion() ? "Published" : "Re-wrote", close.current().number(),
                close.quarter() + (close.newVersion() && close.versions().size() > 1
                        ? " (" + close.changes().size() + " figures changed since version " + close.versions().get(1).number() + ")"
                        : ""));
        publication.signedOffWarnings(close, restatedMonths(files));
        ExecutionContext step = contribution.getStepExecution().getExecutionContext();
        step.putString(WORKBOOK, workbook.toString());
        step.putString(QUARTER, figures.period().fileLabel());
        step.putString(RECONCILIATION, statuses(figures));
        log.info("Workbook written: {}", OneLine.of(workbook));
        return RepeatStatus.FINISHED;
    }

    private QuarterFigures figures() {
        long started = System.nanoTime();
        StoredBilling billing = queries.billing();
        AnalysisInput input = new AnalysisInput(billing.totals(), queries.ledger(), queries.rates(),
                billing.clientNames(), options.requestedQuarter());
        long loaded = System.nanoTime();
        QuarterFigures figures = new QuarterAnalysis().analyse(input, settings);
        log.info("Figures for {}: {} reconciliation rows, {} clients; store read {} ms ({} totals), figures {} ms",
                figures.period().fileLabel(), figures.reconciliation().size(), figures.clients().size(),
                (loaded - started) / 1_000_000, input.billing().size(), (System.nanoTime() - loaded) / 1_000_000);
        return figures;
    }

    /** The billing months this run restated: loaded before, and their files changed since. */
    private static Set<YearMonth> restatedMonths(List<InputFileAudit> files) {
        Set<YearMonth> months = new TreeSet<>();
        files.stream().filter(f -> "BILLING".equals(f.kind()) && MonthAction.REPLACED.name().equals(f.action())
                && !f.month().isEmpty()).forEach(f -> months.add(YearMonth.parse(f.month())));
        return months;
    }

    private static String statuses(QuarterFigures figures) {
        // every row of tblReconciliation, month and quarter rows alike, as the Summary sheet counts them
        Map<String, Long> counts = figures.reconciliation().stream()
                .collect(Collectors.groupingBy(r -> r.status().name(), TreeMap::new, Collectors.counting()));
        long breaks = figures.reconciliation().stream().filter(SegmentReconciliation::quarterTotal)
                .filter(r -> r.status().name().equals("BREAK")).count();
        return counts + " (segments breaking over the quarter: " + breaks + ")";
    }
}
