package com.revreport.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The nightly job: make the store agree with the input folder, then, unless the published workbook is
 * current, compute the quarter and publish the workbook.
 */
@Configuration(proxyBeanMethods = false)
@Import({ IngestionConfiguration.class, FiguresConfiguration.class, ReportConfiguration.class, ReportRunner.class,
        AbandonedRuns.class,
        RunHistoryListener.class })
public class ReportJobConfiguration {

    static final String JOB_NAME = "revenueReport";

    @Bean
    Job revenueReportJob(JobRepository jobRepository, RunHistoryListener runHistory, Step planLoad,
            Step loadReferenceData, Step loadBillingMonths, Step checkExchangeRates, Step recordRunFiles,
            PublishedWorkbookDecider publishedWorkbookDecider, Step writeWorkbook) {
        return new JobBuilder(JOB_NAME, jobRepository).listener(runHistory).start(planLoad).next(loadReferenceData)
                .next(loadBillingMonths).next(checkExchangeRates).next(recordRunFiles)
                .next(publishedWorkbookDecider).on(PublishedWorkbookDecider.CURRENT.getName()).end()
                .from(publishedWorkbookDecider).on("*").to(writeWorkbook).end().build();
    }
}
