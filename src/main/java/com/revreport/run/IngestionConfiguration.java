package com.revreport.run;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import com.revreport.ingest.BillingMonthReader;
import com.revreport.model.FileCounts;
import com.revreport.ingest.InputException;
import com.revreport.ingest.InputScanner;
import com.revreport.ingest.LoadPlan;
import com.revreport.ingest.MonthAction;
import com.revreport.model.MonthLoad;
import com.revreport.ingest.ReferenceDataReader;
import com.revreport.store.RevenueStore;
import com.revreport.store.StoreQueries;
import com.revreport.store.StoredMonthChecks;
import com.revreport.store.StoredFile;

/**
 * The ingestion steps: plan what changed, load the ledger and rates, then load each changed billing
 * month in its own partition, months in parallel. Each month replaces its predecessor in one
 * transaction (the partition's), so a crash leaves every month either old or new, never half.
 */
@Configuration(proxyBeanMethods = false)
class IngestionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IngestionConfiguration.class);

    @Bean
    Step planLoad(JobRepository jobRepository, PlatformTransactionManager tm, RunState state, RevenueStore store,
            StoredMonthChecks checks, RevReportOptions options) {
        Tasklet plan = (contribution, chunk) -> {
            long started = System.nanoTime();
            SortedMap<YearMonth, String> damaged = checks.damagedMonths();
            long checked = System.nanoTime() - started;
            Map<YearMonth, Map<String, String>> loaded = store.loadedBillingFiles();
            LoadPlan loadPlan = LoadPlan.between(new InputScanner().scan(options.input()), loaded,
                    store.loadedFiles(StoredFile.LEDGER), store.loadedFiles(StoredFile.FX), damaged.keySet());
            refuseUnrepairable(damaged, loadPlan, loaded);
            damaged.forEach((month, what) -> log.warn("Stored month {} {}: loading it again from its files", month, what));
            log.info("Stored months checked in {} ms", checked / 1_000_000);
            state.plan(loadPlan);
            log.info("Input {}: {} billing months to load, ledger {}, rates {}", OneLine.of(options.input().toAbsolutePath()),
                    loadPlan.monthsToLoad().size(), loadPlan.ledger(), loadPlan.fx());
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("planLoad", jobRepository).tasklet(plan, tm).build();
    }

    /** A damaged month that cannot be loaded again from the very files it was loaded from fails the run. */
    private static void refuseUnrepairable(SortedMap<YearMonth, String> damaged, LoadPlan plan,
            Map<YearMonth, Map<String, String>> loaded) {
        damaged.forEach((month, what) -> {
            if (!plan.monthsToLoad().contains(month)) {
                Map<String, String> files = loaded.getOrDefault(month, Map.of());
                throw new StoreDamagedException("stored month " + month + " " + what + ", and its billing files are "
                        + "no longer in the input to load it again from; put back the copy of the whole store folder, "
                        + "or the month's files as they were loaded" + (files.isEmpty() ? "" : " (" + String.join(", ",
                                files.keySet()) + ")"));
            }
        });
    }

    @Bean
    Step loadReferenceData(JobRepository jobRepository, PlatformTransactionManager tm, RunState state,
            RevenueStore store, StoreQueries queries, RevReportOptions options) {
        Tasklet load = (contribution, chunk) -> {
            LoadPlan plan = state.plan();
            long runId = chunk.getStepContext().getStepExecution().getJobExecutionId();
            ReferenceDataReader reader = new ReferenceDataReader();
            if (plan.loads(plan.fx())) {
                var rates = reader.readRates(plan.inventory().fx());
                store.replaceRates(rates.rows(), rates.files(), runId);
                log.info("Exchange rates {}: {} rows", plan.fx(), rates.rows().size());
            }
            if (plan.loads(plan.ledger())) {
                var ledger = reader.readLedger(plan.inventory().ledger());
                Set<String> missing = ExchangeRateCheck.missing(
                        ledger.rows().stream().map(e -> e.month() + " " + e.currency()), queries.ratePairs(),
                        options.reportingCurrency());
                if (missing.isEmpty()) {
                    store.replaceLedger(ledger.rows(), ledger.files(), runId);
                    log.info("Ledger {}: {} rows", plan.ledger(), ledger.rows().size());
                }
                else {
                    // the ledger as last loaded stays; the run fails once every missing rate is known
                    state.missingRates().addAll(missing);
                    state.notLoaded().add("the ledger");
                }
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("loadReferenceData", jobRepository).tasklet(load, tm).build();
    }

    /** Fails the run, after every month had its chance, listing every (month, currency) without a rate. */
    @Bean
    Step checkExchangeRates(JobRepository jobRepository, PlatformTransactionManager tm, RunState state,
            StoreQueries queries, RevReportOptions options) {
        Tasklet check = (contribution, chunk) -> {
            Set<String> missing = new java.util.TreeSet<>(state.missingRates());
            missing.addAll(ExchangeRateCheck.missing(queries.amountPairs().stream(), queries.ratePairs(),
                    options.reportingCurrency()));
            if (!missing.isEmpty()) {
                throw new InputException("Missing exchange rates to " + options.reportingCurrency() + " for "
                        + missing.size() + " (month, currency) pairs: " + String.join(", ", missing)
                        + (state.notLoaded().isEmpty() ? ""
                                : "; not loaded, kept as they were: " + String.join(", ", state.notLoaded())));
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("checkExchangeRates", jobRepository).tasklet(check, tm).build();
    }

    /** The step that loads one month, here or on a worker: the name a worker finds it by. */
    static final String MONTH_STEP = "loadBillingMonth";

    /**
     * The months to load, each a partition: on local threads, or, with {@code --broker}, sent to worker
     * processes ({@link MonthsThroughBroker}); the partitions and the step that loads one are the same.
     */
    @Bean
    Step loadBillingMonths(JobRepository jobRepository, RunState state, Step loadBillingMonth,
            ObjectProvider<MonthsThroughBroker> throughBroker, RevReportOptions options) {
        Partitioner byMonth = gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            LoadPlan plan = state.plan();
            for (YearMonth month : plan.monthsToLoad()) {
                ExecutionContext context = MonthPartition.of(month, options.input(), plan.inventory().billing().get(month));
                context.putString("action", plan.months().get(month).name());
                partitions.put("month-" + month, context);
            }
            return partitions;
        };
        var partitions = new StepBuilder("loadBillingMonths", jobRepository).partitioner(MONTH_STEP, byMonth);
        MonthsThroughBroker broker = throughBroker.getIfAvailable();
        if (broker != null) {
            return partitions.partitionHandler(broker).build();
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(parallelMonths());
        return partitions.step(loadBillingMonth).taskExecutor(executor).build();
    }

    /** Months loaded at once: one a core. */
    static int parallelMonths() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    @Bean
    Step loadBillingMonth(JobRepository jobRepository, PlatformTransactionManager tm, Tasklet billingMonthTasklet) {
        return new StepBuilder(MONTH_STEP, jobRepository).tasklet(billingMonthTasklet, tm).build();
    }

    @Bean
    @StepScope
    Tasklet billingMonthTasklet(@Value("#{stepExecutionContext['month']}") String month,
            @Value("#{stepExecutionContext['action']}") String action, RunState state, RevenueStore store,
            StoreQueries queries, RevReportOptions options, InputMount mount) {
        return (contribution, chunk) -> {
            YearMonth yearMonth = YearMonth.parse(month);
            long started = System.nanoTime();
            // the planning process has the plan at hand; a worker reads it from the partition, checking each file
            boolean planHere = state.planOrNull() != null;
            var files = planHere ? state.plan().inventory().billing().get(yearMonth)
                    : MonthPartition.files(chunk.getStepContext().getStepExecution().getExecutionContext(), mount);
            MonthLoad load = new BillingMonthReader(options.maxRejectRatio()).read(yearMonth, files);
            long runId = chunk.getStepContext().getStepExecution().getJobExecutionId();
            Set<String> missing = ExchangeRateCheck.missing(
                    load.totals().stream().map(t -> month + " " + t.currency()), queries.ratePairs(),
                    options.reportingCurrency());
            if (!missing.isEmpty() && !planHere) {
                // a worker's memory does not reach the run: the month fails here, with its missing rates
                throw new InputException("Missing exchange rates to " + options.reportingCurrency() + " for billing "
                        + month + ": " + String.join(", ", missing) + "; the month is kept as it was");
            }
            if (!missing.isEmpty()) {
                // the month as last loaded stays; the run fails once every missing rate is known
                state.missingRates().addAll(missing);
                state.notLoaded().add("billing " + month);
                log.warn("Month {} not loaded: no exchange rate for {}", month, missing);
                return RepeatStatus.FINISHED;
            }
            store.replaceMonth(load, runId);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            for (FileCounts file : load.files()) {
                log.info("{} {}: {} rows, {} accepted, {} rejected, {} rows/s", action,
                        OneLine.of(file.file().name()), file.read(), file.accepted(), file.rejected(), file.rowsPerSecond());
            }
            log.info("Month {} {} in {} ms: {} rows, {} rejects, {} rows/s", month, action,
                    took.toMillis(), load.rowsRead(), load.rowsRejected(), rate(load.rowsRead(), took));
            contribution.incrementWriteCount(load.rowsRead() - load.rowsRejected());
            contribution.incrementFilterCount(load.rowsRejected());
            return RepeatStatus.FINISHED;
        };
    }

    private static long rate(long rows, Duration took) {
        return took.isZero() ? rows : BigDecimal.valueOf(rows * 1_000_000_000L).divideToIntegralValue(
                BigDecimal.valueOf(Math.max(1, took.toNanos()))).longValue();
    }

    /** Writes what this run did with every file into the run history. */
    @Bean
    Step recordRunFiles(JobRepository jobRepository, PlatformTransactionManager tm, RunState state, RevenueStore store,
            StoreQueries queries) {
        Tasklet record = (contribution, chunk) -> {
            long runId = chunk.getStepContext().getStepExecution().getJobExecutionId();
            LoadPlan plan = state.plan();
            List<StoredFile> files = new ArrayList<>();
            for (StoredFile loaded : queries.loadedFiles()) {
                MonthAction action = switch (loaded.kind()) {
                    case StoredFile.LEDGER -> plan.ledger();
                    case StoredFile.FX -> plan.fx();
                    default -> plan.months().get(loaded.month());
                };
                files.add(new StoredFile(loaded.kind(), loaded.fileName(), loaded.month(), loaded.sha256(),
                        loaded.read(), loaded.accepted(), loaded.rejected(), action.name()));
            }
            store.recordRunFiles(runId, files);
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("recordRunFiles", jobRepository).tasklet(record, tm).build();
    }
}
