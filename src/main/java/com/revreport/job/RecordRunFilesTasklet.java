package com.revreport.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import com.revreport.ingest.LoadPlan;
import com.revreport.ingest.MonthAction;
import com.revreport.store.RevenueStore;
import com.revreport.store.StoreQueries;
import com.revreport.store.StoredFile;

/** Writes what this run did with every file the store reflects into the run history, from the plan's actions. */
class RecordRunFilesTasklet implements Tasklet {

    private final RevenueStore store;

    private final StoreQueries queries;

    RecordRunFilesTasklet(RevenueStore store, StoreQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        LoadPlan plan = PlanContext.actions(contribution.getStepExecution().getJobExecution().getExecutionContext());
        List<StoredFile> files = new ArrayList<>();
        for (StoredFile loaded : queries.loadedFiles()) {
            MonthAction action = switch (loaded.kind()) {
                case StoredFile.LEDGER -> plan.ledger();
                case StoredFile.FX -> plan.fx();
                default -> plan.months().get(loaded.month());
            };
            files.add(new StoredFile(loaded.kind(), loaded.fileName(), loaded.month(), loaded.sha256(),
                    loaded.read(), loaded.accepted(), loaded.excluded(), loaded.rejected(), action.name()));
        }
        store.recordRunFiles(contribution.getStepExecution().getJobExecutionId(), files);
        return RepeatStatus.FINISHED;
    }
}
