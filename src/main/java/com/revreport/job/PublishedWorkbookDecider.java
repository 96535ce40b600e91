package com.revreport.job;

import com.revreport.model.OneLine;
import com.revreport.cli.Option;
import com.revreport.cli.RevReportOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.revreport.ingest.Sha256;
import com.revreport.store.PublishedReport;
import com.revreport.store.RevenueStore;
import com.revreport.store.StoreQueries;

/**
 * Before computing anything: if the newest published workbook was made from exactly what the store now
 * holds, with the same options, template and version, and is still intact on disk, it is the workbook this
 * run would write, so the run ends keeping it ({@link #CURRENT}, the unchanged nightly run); otherwise the
 * figures are computed and the workbook written ({@link #CHANGED}).
 */
class PublishedWorkbookDecider implements JobExecutionDecider {

    private static final Logger log = LoggerFactory.getLogger(PublishedWorkbookDecider.class);

    static final FlowExecutionStatus CURRENT = new FlowExecutionStatus("CURRENT");

    static final FlowExecutionStatus CHANGED = new FlowExecutionStatus("CHANGED");

    /** In the job's context: the SHA-256 of everything the workbook depends on ({@link ReportFingerprint}). */
    static final String FINGERPRINT = "fingerprint";

    /** In the job's context, when {@link #CURRENT}: the run whose workbook is kept. */
    static final String CURRENT_RUN = "currentWorkbookRun";

    private final JobRepository jobRepository;

    private final StoreQueries queries;

    private final RevenueStore store;

    private final RevReportOptions options;

    private final String applicationVersion;

    PublishedWorkbookDecider(JobRepository jobRepository, StoreQueries queries, RevenueStore store,
            RevReportOptions options, String applicationVersion) {
        this.jobRepository = jobRepository;
        this.queries = queries;
        this.store = store;
        this.options = options;
        this.applicationVersion = applicationVersion;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        String templateSha = options.reportTemplate().sha256();
        String fingerprint = ReportFingerprint.of(queries.loadedFiles(),
                PlanContext.explanationFiles(jobExecution.getExecutionContext()), Option.runParameters(options),
                templateSha, applicationVersion);
        Optional<PublishedReport> current = store.lastPublishedReport()
                .filter(last -> last.fingerprint().equals(fingerprint))
                .filter(last -> Files.isRegularFile(Path.of(last.workbook())))
                .filter(last -> Sha256.of(Path.of(last.workbook())).equals(last.workbookSha256()));
        ExecutionContext job = jobExecution.getExecutionContext();
        job.putString(FINGERPRINT, fingerprint);
        current.ifPresent(last -> job.putLong(CURRENT_RUN, last.runId()));
        // a decision is not a step, after which Spring Batch would save the job's context itself
        jobRepository.updateExecutionContext(jobExecution);
        current.ifPresent(last -> log.info("Nothing changed since run {}: its workbook {} is current and is kept",
                last.runId(), OneLine.of(last.workbook())));
        return current.isPresent() ? CURRENT : CHANGED;
    }
}
