package com.revreport.job;

import com.revreport.ingest.Sha256;
import com.revreport.ingest.format.BillingFormat;
import com.revreport.store.StoredFileMonths;

import com.revreport.model.OneLine;
import com.revreport.cli.RevReportOptions;
import com.revreport.store.StoreDamagedException;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.revreport.ingest.ExplanationsReader;
import com.revreport.model.InputFile;
import com.revreport.ingest.InputScanner;
import com.revreport.ingest.LoadPlan;
import com.revreport.store.InputFileHashes;
import com.revreport.store.RevenueStore;
import com.revreport.store.StoredFile;
import com.revreport.store.StoredMonthChecks;

/**
 * Compares the input folder with what the store last loaded and writes the resulting plan into the job's
 * execution context ({@link PlanContext}); a damaged stored month is planned to be loaded again.
 */
class PlanLoadTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PlanLoadTasklet.class);

    private final RevenueStore store;

    private final StoredMonthChecks checks;

    private final InputFileHashes hashes;

    private final RevReportOptions options;

    private final StoredFileMonths fileMonths;

    PlanLoadTasklet(RevenueStore store, StoredMonthChecks checks, InputFileHashes hashes, StoredFileMonths fileMonths,
            RevReportOptions options) {
        this.store = store;
        this.fileMonths = fileMonths;
        this.checks = checks;
        this.hashes = hashes;
        this.options = options;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        long started = System.nanoTime();
        SortedMap<YearMonth, String> damaged = checks.damagedMonths();
        long checked = System.nanoTime() - started;
        Map<YearMonth, Map<String, String>> loaded = store.loadedBillingFiles();
        InputScanner scanner = new InputScanner(options.fullCheck() ? Map.of() : hashes.lastHashed());
        BillingFormat format = options.readBillingFormat();
        String formatKey = Sha256.of(format.definition());
        LoadPlan plan = LoadPlan.between(scanner.scan(options.input(), format,
                format.monthsFromColumn() && !options.fullCheck() ? fileMonths.known(formatKey) : Map.of()), loaded,
                store.loadedFiles(StoredFile.LEDGER), store.loadedFiles(StoredFile.FX), damaged.keySet());
        hashes.record(scanner.hashes());
        fileMonths.record(formatKey, scanner.monthsRead());
        if (format.monthsFromColumn()) {
            log.info("Billing format {}: {} new or changed billing files read for the months they hold", format.name(),
                    scanner.monthsRead().size());
        }
        refuseUnrepairable(damaged, plan, loaded);
        damaged.forEach((month, what) -> log.warn("Stored month {} {}: loading it again from its files", month, what));
        log.info("Stored months checked in {} ms", checked / 1_000_000);
        // read in full before anything is loaded: a bad explanation fails the run with the store as it was
        List<InputFile> explanations = InputScanner.explanationFiles(options.input());
        int explained = ExplanationsReader.read(explanations).size();
        PlanContext.write(plan, explanations, options.input(), format,
                contribution.getStepExecution().getJobExecution().getExecutionContext());
        if (!explanations.isEmpty()) {
            log.info("Explanations: {} in {} files", explained, explanations.size());
        }
        log.info("Input {}: {} billing months to load, ledger {}, rates {}", OneLine.of(options.input().toAbsolutePath()),
                plan.monthsToLoad().size(), plan.ledger(), plan.fx());
        return RepeatStatus.FINISHED;
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
}
