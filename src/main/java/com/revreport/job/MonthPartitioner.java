package com.revreport.job;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.revreport.ingest.LoadPlan;

/**
 * One partition per month the plan loads, each carrying all its load needs besides the options and the
 * store, so that it can be loaded by a process that shares only the store and the input folder.
 */
class MonthPartitioner implements Partitioner {

    /** The billing month, {@code 2024-03}. */
    static final String MONTH = "month";

    /** The input folder's absolute path, as the planning process saw it. */
    static final String INPUT = "input";

    /** The month's files in load order, as {@link PlannedFiles} entries: name relative to the input and SHA-256. */
    static final String FILES = "files";

    /** What the run does with the month ({@code LOADED}, {@code REPLACED}, {@code RELOADED}), for its log line. */
    static final String ACTION = "action";

    private final ExecutionContext job;

    /** @param job the job's execution context, holding the plan ({@link PlanContext}) */
    MonthPartitioner(ExecutionContext job) {
        this.job = job;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        LoadPlan plan = PlanContext.actions(job);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (YearMonth month : plan.monthsToLoad()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(MONTH, month.toString());
            context.putString(INPUT, job.getString(PlanContext.INPUT));
            context.put(FILES, PlanContext.billingFiles(job, month));
            context.putString(ACTION, plan.months().get(month).name());
            if (job.containsKey(PlanContext.FORMAT_DEFINITION)) { // a plan of an earlier version read the native layout
                context.putString(PlanContext.FORMAT_NAME, job.getString(PlanContext.FORMAT_NAME));
                context.putString(PlanContext.FORMAT_DEFINITION, job.getString(PlanContext.FORMAT_DEFINITION));
            }
            partitions.put("month-" + month, context);
        }
        return partitions;
    }
}
