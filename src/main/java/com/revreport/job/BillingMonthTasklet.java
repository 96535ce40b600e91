package com.revreport.job;

import com.revreport.ingest.FormattedMonthReader;
import com.revreport.ingest.format.BillingFormat;

import com.revreport.model.OneLine;
import com.revreport.cli.RevReportOptions;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.revreport.analysis.MissingExchangeRatesException.MissingRate;
import com.revreport.analysis.MissingRates;
import com.revreport.ingest.BillingMonthReader;
import com.revreport.model.FileCounts;
import com.revreport.model.InputFile;
import com.revreport.model.MonthLoad;
import com.revreport.store.RevenueStore;
import com.revreport.store.StoreQueries;

/**
 * Loads one billing month from what its partition's context says ({@link MonthPartitioner}): checks each
 * planned file's SHA-256, reads the files and replaces the month in the store in the step's transaction, so
 * a month loaded twice (a partition redelivered or retried) is replaced, never added to. A month whose
 * amounts need a rate the store lacks is left as it was, and the step records why in its context.
 */
class BillingMonthTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BillingMonthTasklet.class);

    private final RevenueStore store;

    private final StoreQueries queries;

    private final RevReportOptions options;

    private final InputMount mount;

    BillingMonthTasklet(RevenueStore store, StoreQueries queries, RevReportOptions options, InputMount mount) {
        this.store = store;
        this.queries = queries;
        this.options = options;
        this.mount = mount;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        ExecutionContext partition = contribution.getStepExecution().getExecutionContext();
        YearMonth month = YearMonth.parse(partition.getString(MonthPartitioner.MONTH));
        String action = partition.getString(MonthPartitioner.ACTION);
        Path input = mount.folder(partition.getString(MonthPartitioner.INPUT));
        List<InputFile> files = PlannedFiles.verified(input, PlanContext.strings(partition, MonthPartitioner.FILES), month);
        long started = System.nanoTime();
        BillingFormat format = PlanContext.format(partition);
        MonthLoad load = format.isNative() ? new BillingMonthReader(options.maxRejectRatio()).read(month, files)
                : new FormattedMonthReader(format, options.maxRejectRatio(), options.reportingCurrency()).read(month, files);
        List<MissingRate> missing = MissingRates.among(load.totals().stream().map(t -> new MissingRate(month,
                t.currency())), queries.rates(), options.reportingCurrency());
        if (!missing.isEmpty()) {
            ExchangeRateCheck.notLoaded(partition, missing, "billing " + month);
            log.warn("Month {} not loaded: no exchange rate for {}", month, missing);
            return RepeatStatus.FINISHED;
        }
        store.replaceMonth(load, contribution.getStepExecution().getJobExecutionId());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        for (FileCounts file : load.files()) {
            log.info("{} {}: {} rows, {} accepted, {} excluded, {} rejected, {} rows/s", action,
                    OneLine.of(file.file().name()), file.read(), file.accepted(), file.excluded(), file.rejected(),
                    file.rowsPerSecond());
        }
        log.info("Month {} {} in {} ms: {} rows, {} rejects, {} rows/s", month, action, took.toMillis(),
                load.rowsRead(), load.rowsRejected(), rate(load.rowsRead(), took));
        contribution.incrementWriteCount(load.rowsRead() - load.rowsRejected());
        contribution.incrementFilterCount(load.rowsRejected());
        return RepeatStatus.FINISHED;
    }

    private static long rate(long rows, Duration took) {
        return took.isZero() ? rows : BigDecimal.valueOf(rows * 1_000_000_000L).divideToIntegralValue(
                BigDecimal.valueOf(Math.max(1, took.toNanos()))).longValue();
    }
}
