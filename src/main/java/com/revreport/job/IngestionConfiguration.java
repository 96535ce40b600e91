package com.revreport.job;

import com.revreport.cli.RevReportOptions;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import com.revreport.model.MonthsAtOnce;
import com.revreport.store.InputFileHashes;
import com.revreport.store.StoredFileMonths;
import com.revreport.store.RevenueStore;
import com.revreport.store.StoreQueries;
import com.revreport.store.StoredMonthChecks;

/**
 * The ingestion steps: plan what changed, load the ledger and rates, then load each changed billing
 * month in its own partition, months in parallel. Each month replaces its predecessor in one
 * transaction (the partition's), so a crash leaves every month either old or new, never half. The steps
 * hand each other only what the job repository and the store hold.
 */
@Configuration(proxyBeanMethods = false)
@Import(InputMount.class)
public class IngestionConfiguration {

    @Bean
    Step planLoad(JobRepository jobRepository, PlatformTransactionManager tm, RevenueStore store,
            StoredMonthChecks checks, InputFileHashes hashes, StoredFileMonths fileMonths, RevReportOptions options) {
        return new StepBuilder("planLoad", jobRepository)
                .tasklet(new PlanLoadTasklet(store, checks, hashes, fileMonths, options), tm).build();
    }

    @Bean
    Step loadReferenceData(JobRepository jobRepository, PlatformTransactionManager tm, RevenueStore store,
            StoreQueries queries, RevReportOptions options) {
        return new StepBuilder("loadReferenceData", jobRepository)
                .tasklet(new ReferenceDataTasklet(store, queries, options), tm).build();
    }

    @Bean
    Step checkExchangeRates(JobRepository jobRepository, PlatformTransactionManager tm, StoreQueries queries,
            RevReportOptions options) {
        return new StepBuilder("checkExchangeRates", jobRepository)
                .tasklet(new ExchangeRateCheck(jobRepository, queries, options), tm).build();
    }

    /** The step that loads one month, here or on a worker: the name a worker finds it by. */
    public static final String MONTH_STEP = "loadBillingMonth";

    /**
     * The months to load, each a partition: on local threads, or, with {@code --broker}, sent to worker
     * processes (the partition handler that the role's configuration adds, with {@code --broker}); the
     * partitions and the step that loads one are the same.
     */
    @Bean
    Step loadBillingMonths(JobRepository jobRepository, Partitioner monthPartitioner, Step loadBillingMonth,
            ObjectProvider<PartitionHandler> throughBroker) {
        var partitions = new StepBuilder("loadBillingMonths", jobRepository).partitioner(MONTH_STEP, monthPartitioner);
        PartitionHandler broker = throughBroker.getIfAvailable();
        if (broker != null) {
            return partitions.partitionHandler(broker).build();
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(parallelMonths());
        return partitions.step(loadBillingMonth).taskExecutor(executor).build();
    }

    /** Step-scoped: it partitions the plan of the running job, read from that job's context. */
    @Bean
    @StepScope
    Partitioner monthPartitioner(@Value("#{stepExecution}") StepExecution step) {
        return new MonthPartitioner(step.getJobExecution().getExecutionContext());
    }

    static int parallelMonths() {
        return MonthsAtOnce.count();
    }

    @Bean
    Step loadBillingMonth(JobRepository jobRepository, PlatformTransactionManager tm, RevenueStore store,
            StoreQueries queries, RevReportOptions options, InputMount mount) {
        return new StepBuilder(MONTH_STEP, jobRepository)
                .tasklet(new BillingMonthTasklet(store, queries, options, mount), tm).build();
    }

    @Bean
    Step recordRunFiles(JobRepository jobRepository, PlatformTransactionManager tm, RevenueStore store,
            StoreQueries queries) {
        return new StepBuilder("recordRunFiles", jobRepository).tasklet(new RecordRunFilesTasklet(store, queries), tm)
                .build();
    }
}
