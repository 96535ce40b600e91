package com.revreport.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.revreport.analysis.AnalysisInput;
import com.revreport.analysis.AnalysisSettings;
import com.revreport.analysis.HhiBands;
import com.revreport.analysis.QuarterAnalysis;
import com.revreport.analysis.QuarterFigures;
import com.revreport.store.StoreQueries;
import com.revreport.store.StoredBilling;

/** The figures step: the store's monthly totals in, the quarter's figures out (spec sections 2 and 3). */
@Configuration(proxyBeanMethods = false)
class FiguresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FiguresConfiguration.class);

    @Bean
    AnalysisSettings analysisSettings(RevReportOptions options) {
        return new AnalysisSettings(options.reportingCurrency(), options.fiscalYearStartMonth(),
                options.absTolerance(), options.relTolerance(), HhiBands.fromOption(options.hhiBands()),
                options.majorCustomerThreshold());
    }

    @Bean
    Step computeFigures(JobRepository jobRepository, PlatformTransactionManager tm, RunState state,
            StoreQueries queries, AnalysisSettings settings, RevReportOptions options) {
        Tasklet compute = (contribution, chunk) -> {
            if (state.alreadyCurrent() != null) {
                return RepeatStatus.FINISHED;
            }
            long started = System.nanoTime();
            StoredBilling billing = queries.billing();
            AnalysisInput input = new AnalysisInput(billing.totals(), queries.ledger(), queries.rates(),
                    billing.clientNames(), options.requestedQuarter());
            long loaded = System.nanoTime();
            QuarterFigures figures = new QuarterAnalysis().analyse(input, settings);
            state.figures(figures);
            log.info("Figures for {}: {} reconciliation rows, {} clients; store read {} ms ({} totals), figures {} ms",
                    figures.period().fileLabel(), figures.reconciliation().size(), figures.clients().size(),
                    (loaded - started) / 1_000_000, input.billing().size(), (System.nanoTime() - loaded) / 1_000_000);
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("computeFigures", jobRepository).tasklet(compute, tm).build();
    }
}
