package com.revreport.run;

import java.time.ZoneOffset;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import com.revreport.store.RevenueStore;

/** Opens and closes the run's entry in the store's run history, the finance reader's audit trail. */
@Component
class RunHistoryListener implements JobExecutionListener {

    private final RevenueStore store;

    private final RunState state;

    RunHistoryListener(RevenueStore store, RunState state) {
        this.store = store;
        this.state = state;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        state.reset();
        store.startRun(execution.getId(), execution.getStartTime().toInstant(ZoneOffset.UTC));
    }

    @Override
    public void afterJob(JobExecution execution) {
        var figures = state.figuresOrNull();
        String quarter = figures == null ? execution.getJobParameters().getString("quarter")
                : figures.period().fileLabel();
        String message = execution.getStatus() == BatchStatus.COMPLETED ? null : FailureMessages.of(execution);
        store.finishRun(execution.getId(), execution.getStatus().name(), quarter, state.workbook(), message);
    }
}
