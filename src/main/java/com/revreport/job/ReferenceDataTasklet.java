package com.revreport.job;

import com.revreport.cli.RevReportOptions;

import java.nio.file.Path;
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
import com.revreport.ingest.LoadPlan;
import com.revreport.ingest.ReferenceDataReader;
import com.revreport.store.RevenueStore;
import com.revreport.store.StoreQueries;

/**
 * Loads the rates, then the ledger, where the plan says they changed. A ledger that needs a rate the store
 * lacks is not loaded: the ledger as last loaded stays, and the step records why in its own context
 * ({@link ExchangeRateCheck#notLoaded}) for the check that fails the run once every missing rate is known.
 */
class ReferenceDataTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataTasklet.class);

    private final RevenueStore store;

    private final StoreQueries queries;

    private final RevReportOptions options;

    ReferenceDataTasklet(RevenueStore store, StoreQueries queries, RevReportOptions options) {
        this.store = store;
        this.queries = queries;
        this.options = options;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
        LoadPlan plan = PlanContext.actions(job);
        Path input = PlanContext.input(job);
        long runId = contribution.getStepExecution().getJobExecutionId();
        ReferenceDataReader reader = new ReferenceDataReader(PlanContext.format(job).ledger(),
                options.reportingCurrency());
        if (plan.loads(plan.fx())) {
            var rates = reader.readRates(PlannedFiles.verified(input, PlanContext.strings(job, PlanContext.FX_FILES), null));
            store.replaceRates(rates.rows(), rates.files(), runId);
            log.info("Exchange rates {}: {} rows", plan.fx(), rates.rows().size());
        }
        if (plan.loads(plan.ledger())) {
            var ledger = reader.readLedger(
                    PlannedFiles.verified(input, PlanContext.strings(job, PlanContext.LEDGER_FILES), null));
            List<MissingRate> missing = MissingRates.among(
                    ledger.rows().stream().map(e -> new MissingRate(e.month(), e.currency())), queries.rates(),
                    options.reportingCurrency());
            if (missing.isEmpty()) {
                store.replaceLedger(ledger.rows(), ledger.files(), runId);
                log.info("Ledger {}: {} rows", plan.ledger(), ledger.rows().size());
            }
            else {
                ExchangeRateCheck.notLoaded(contribution.getStepExecution().getExecutionContext(), missing, "the ledger");
            }
        }
        return RepeatStatus.FINISHED;
    }
}
