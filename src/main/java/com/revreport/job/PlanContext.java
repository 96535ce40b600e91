package com.revreport.job;

import com.revreport.ingest.format.BillingFormat;
import com.revreport.ingest.format.BillingFormats;

import java.nio.file.Path;

import com.revreport.model.InputFile;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.revreport.ingest.BillingMonthReader;
import com.revreport.ingest.InputInventory;
import com.revreport.ingest.LoadPlan;
import com.revreport.ingest.MonthAction;

/**
 * The load plan as the job's execution context holds it, for the steps after the plan, in this process or
 * another: the input folder, what the run does with each month, the ledger and the rates, and the files
 * (name and SHA-256) of what it loads. The files' data stays in the input folder.
 */
final class PlanContext {

    /** The input folder's absolute path, as the planning process saw it. */
    static final String INPUT = "input";

    /** Every month's action, {@code 2024-01=LOADED,2024-02=UNCHANGED}. */
    static final String MONTHS = "months";

    /** The ledger's action, a {@link MonthAction} name; {@link #FX} the same for the rates. */
    static final String LEDGER = "ledger";

    static final String FX = "fx";

    /** The ledger's planned files ({@link PlannedFiles}); {@link #FX_FILES} the rates'. */
    static final String LEDGER_FILES = "ledgerFiles";

    static final String FX_FILES = "fxFiles";

    /** Followed by the month ({@code billingFiles.2024-03}): the planned files of a month to load. */
    private static final String BILLING_FILES = "billingFiles.";

    /** The explanation files, checked when planned and read again for the workbook. */
    static final String EXPLANATION_FILES = "explanationFiles";

    /**
     * The billing format's name and definition ({@link BillingFormat#definition()}): what a month's step,
     * here or on a worker, reads the files with.
     */
    static final String FORMAT_NAME = "billingFormat";

    static final String FORMAT_DEFINITION = "billingFormatDefinition";

    private PlanContext() {
    }

    static void write(LoadPlan plan, List<InputFile> explanations, Path input, BillingFormat format,
            ExecutionContext job) {
        Path folder = input.toAbsolutePath();
        job.putString(INPUT, folder.toString());
        job.putString(FORMAT_NAME, format.name());
        job.putString(FORMAT_DEFINITION, format.definition());
        job.putString(MONTHS, plan.months().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",")));
        job.putString(LEDGER, plan.ledger().name());
        job.putString(FX, plan.fx().name());
        job.put(LEDGER_FILES, PlannedFiles.entries(folder, plan.inventory().ledger()));
        job.put(FX_FILES, PlannedFiles.entries(folder, plan.inventory().fx()));
        job.put(EXPLANATION_FILES, PlannedFiles.entries(folder, explanations));
        for (YearMonth month : plan.monthsToLoad()) {
            job.put(BILLING_FILES + month, PlannedFiles.entries(folder,
                    plan.inventory().billing().get(month).stream().sorted(BillingMonthReader.LOAD_ORDER).toList()));
        }
    }

    static boolean planned(ExecutionContext job) {
        return job.containsKey(MONTHS);
    }

    /** What the run does with each month, the ledger and the rates; its inventory is empty. */
    static LoadPlan actions(ExecutionContext job) {
        SortedMap<YearMonth, MonthAction> months = new TreeMap<>();
        String text = job.getString(MONTHS);
        if (!text.isEmpty()) {
            for (String entry : text.split(",")) {
                String[] monthAndAction = entry.split("=");
                months.put(YearMonth.parse(monthAndAction[0]), MonthAction.valueOf(monthAndAction[1]));
            }
        }
        return new LoadPlan(new InputInventory(new TreeMap<>(), List.of(), List.of()), months,
                MonthAction.valueOf(job.getString(LEDGER)), MonthAction.valueOf(job.getString(FX)));
    }

    /** The format a context names; the native layout for one written before formats existed. */
    static BillingFormat format(ExecutionContext context) {
        return context.containsKey(FORMAT_DEFINITION)
                ? BillingFormats.fromDefinition(context.getString(FORMAT_NAME), context.getString(FORMAT_DEFINITION))
                : BillingFormat.NATIVE;
    }

    static Path input(ExecutionContext job) {
        return Path.of(job.getString(INPUT));
    }

    static List<String> billingFiles(ExecutionContext job, YearMonth month) {
        return strings(job, BILLING_FILES + month);
    }

    /** The planned explanation files; none in a context written before explanations existed. */
    static List<String> explanationFiles(ExecutionContext job) {
        return job.containsKey(EXPLANATION_FILES) ? strings(job, EXPLANATION_FILES) : List.of();
    }

    /** A list of strings put into an execution context, such as planned files. */
    @SuppressWarnings("unchecked")
    static List<String> strings(ExecutionContext context, String key) {
        return new ArrayList<>((List<String>) context.get(key));
    }
}
