package com.revreport.job;

import com.revreport.cli.RevReportOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.revreport.analysis.MissingExchangeRatesException.MissingRate;
import com.revreport.analysis.MissingRates;
import com.revreport.model.InputException;
import com.revreport.store.StoreQueries;

/**
 * Fails the run, once every month had its chance, listing every (month, currency) without a rate: those
 * the loading steps recorded in their execution contexts (wherever they ran) for what they did not load,
 * and those of the amounts already in the store (a rate removed from the input).
 */
class ExchangeRateCheck implements Tasklet {

    /** In a loading step's context: the pairs, as {@code 2024-03 EUR}, that kept it from loading. */
    static final String MISSING_RATES = "missingRates";

    /** In a loading step's context: what it did not load for want of a rate ({@code billing 2024-03}, {@code the ledger}). */
    static final String NOT_LOADED = "notLoaded";

    private final JobRepository jobRepository;

    private final StoreQueries queries;

    private final RevReportOptions options;

    ExchangeRateCheck(JobRepository jobRepository, StoreQueries queries, RevReportOptions options) {
        this.jobRepository = jobRepository;
        this.queries = queries;
        this.options = options;
    }

    /** Records in a loading step's context that it kept {@code what} as it was for want of these rates. */
    static void notLoaded(ExecutionContext step, List<MissingRate> missing, String what) {
        step.put(MISSING_RATES, new ArrayList<>(missing.stream().map(MissingRate::toString).toList()));
        step.putString(NOT_LOADED, what);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        SortedSet<String> missing = new TreeSet<>();
        SortedSet<String> notLoaded = new TreeSet<>();
        // read back from the job repository: a month loaded in another process recorded its pairs there
        long jobExecutionId = contribution.getStepExecution().getJobExecutionId();
        for (StepExecution step : jobRepository.getJobExecution(jobExecutionId).getStepExecutions()) {
            ExecutionContext context = step.getExecutionContext();
            if (context.containsKey(NOT_LOADED)) {
                missing.addAll(PlanContext.strings(context, MISSING_RATES));
                notLoaded.add(context.getString(NOT_LOADED));
            }
        }
        Stream<MissingRate> stored = queries.amountCurrencies().entrySet().stream()
                .flatMap(month -> month.getValue().stream().map(currency -> new MissingRate(month.getKey(), currency)));
        MissingRates.among(stored, queries.rates(), options.reportingCurrency())
                .forEach(pair -> missing.add(pair.toString()));
        if (!missing.isEmpty()) {
            throw new InputException("Missing exchange rates to " + options.reportingCurrency() + " for "
                    + missing.size() + " (month, currency) pairs: " + String.join(", ", missing)
                    + (notLoaded.isEmpty() ? "" : "; not loaded, kept as they were: " + String.join(", ", notLoaded)));
        }
        return RepeatStatus.FINISHED;
    }
}
