package com.revreport.job;

import com.revreport.cli.RevReportOptions;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.revreport.analysis.AnalysisSettings;
import com.revreport.report.WorkbookPublisher;
import com.revreport.store.QuarterVersions;
import com.revreport.store.RevenueStore;
import com.revreport.store.StoreQueries;

/** The workbook: whether the published one is current, and the step that computes the figures and writes it. */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

    @Bean
    WorkbookPublisher workbookPublisher(RevReportOptions options) {
        return new WorkbookPublisher(options.reportTemplate());
    }

    @Bean
    String applicationVersion(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return properties == null ? "development build" : properties.getVersion();
    }

    @Bean
    PublishedWorkbookDecider publishedWorkbookDecider(JobRepository jobRepository, StoreQueries queries,
            RevenueStore store, RevReportOptions options, String applicationVersion) {
        return new PublishedWorkbookDecider(jobRepository, queries, store, options, applicationVersion);
    }

    @Bean
    Step writeWorkbook(JobRepository jobRepository, PlatformTransactionManager tm, StoreQueries queries,
            RevenueStore store, QuarterVersions versions, WorkbookPublisher publisher, RevReportOptions options,
            AnalysisSettings settings, String applicationVersion) {
        VersionedPublication publication = new VersionedPublication(versions, store, publisher);
        return new StepBuilder("writeWorkbook", jobRepository).tasklet(
                new WorkbookTasklet(queries, publication, options, settings, applicationVersion), tm).build();
    }
}
