package com.revreport.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.revreport.analysis.AnalysisSettings;
import com.revreport.analysis.QuarterFigures;
import com.revreport.ingest.Sha256;
import com.revreport.report.InputFileAudit;
import com.revreport.report.ReportContent;
import com.revreport.report.RunAudit;
import com.revreport.report.WorkbookPublisher;
import com.revreport.store.PublishedReport;
import com.revreport.store.RevenueStore;
import com.revreport.store.StoreQueries;

/** The workbook step: the figures, the quarter's rejects and the run's audit trail into the template. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportConfiguration.class);

    @Bean
    WorkbookPublisher workbookPublisher(RevReportOptions options) {
        return new WorkbookPublisher(options.reportTemplate());
    }

    @Bean
    String applicationVersion(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return properties == null ? "development build" : properties.getVersion();
    }

    /**
     * Before computing anything: if the newest published workbook was made from exactly what the store
     * now holds, with the same options, template and version, and is still intact on disk, it is the
     * workbook this run would write, so the run keeps it (the unchanged nightly run).
     */
    @Bean
    Step checkPublishedReport(JobRepository jobRepository, PlatformTransactionManager tm, RunState state,
            StoreQueries queries, RevenueStore store, RevReportOptions options, String applicationVersion) {
        Tasklet check = (contribution, chunk) -> {
            String templateSha = options.reportTemplate().sha256();
            String fingerprint = ReportFingerprint.of(queries.loadedFiles(), Option.runParameters(options), templateSha,
                    applicationVersion);
            state.fingerprint(fingerprint);
            store.lastPublishedReport().filter(last -> last.fingerprint().equals(fingerprint))
                    .filter(last -> Files.isRegularFile(Path.of(last.workbook())))
                    .filter(last -> Sha256.of(Path.of(last.workbook())).equals(last.workbookSha256()))
                    .ifPresent(last -> {
                        state.alreadyCurrent(last);
                        log.info("Nothing changed since run {}: its workbook {} is current and is kept", last.runId(),
                                OneLine.of(last.workbook()));
                    });
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("checkPublishedReport", jobRepository).tasklet(check, tm).build();
    }

    @Bean
    Step writeWorkbook(JobRepository jobRepository, PlatformTransactionManager tm, RunState state,
            StoreQueries queries, RevenueStore store, WorkbookPublisher publisher, RevReportOptions options,
            String applicationVersion, AnalysisSettings settings) {
        Tasklet write = (contribution, chunk) -> {
            if (state.alreadyCurrent() != null) {
                return RepeatStatus.FINISHED;
            }
            var execution = chunk.getStepContext().getStepExecution().getJobExecution();
            QuarterFigures figures = state.figures();
            List<InputFileAudit> files = queries.runFiles(execution.getId()).stream()
                    .map(f -> new InputFileAudit(f.kind(), f.fileName(), f.month() == null ? "" : f.month().toString(),
                            f.sha256(), f.read(), f.accepted(), f.rejected(), f.action()))
                    .toList();
            RunAudit audit = new RunAudit(String.valueOf(execution.getId()),
                    execution.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant(), Instant.now(), Option.runParameters(options), files,
                    applicationVersion);
            Path workbook = publisher.publish(new ReportContent(figures, queries.rejects(figures.period().months()), audit,
                    settings),
                    options.output());
            state.workbook(workbook.toAbsolutePath().toString());
            state.published(new PublishedReport(execution.getId(), state.fingerprint(),
                    workbook.toAbsolutePath().toString(), Sha256.of(workbook)));
            store.recordPublication(state.published());
            log.info("Workbook written: {}", OneLine.of(workbook.toAbsolutePath()));
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("writeWorkbook", jobRepository).tasklet(write, tm).build();
    }
}
