package com.revreport.job;

import com.revreport.cli.Option;
import com.revreport.cli.RevReportOptions;
import com.revreport.model.StoreLocation;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

import com.revreport.ingest.LoadPlan;

/**
 * A run that loaded billing or reference data closes the store compacted, as the process ends. H2
 * otherwise compacts a little on each close, so the load's garbage (most of the file after a large first
 * load) was paid for by the short nights after it (docs/benchmarks.md). {@code SHUTDOWN COMPACT} writes the live data to a new file and swaps it in; H2 finishes or undoes
 * a swap cut short the next time it opens the store. Not in schedule mode, whose process keeps the store
 * open between runs, nor on PostgreSQL, whose server reclaims space with its own vacuum.
 */
@Component
class StoreCompaction implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreCompaction.class);

    private final DataSource dataSource;

    private final JobRepository jobRepository;

    private final boolean h2;

    StoreCompaction(DataSource dataSource, JobRepository jobRepository, RevReportOptions options) {
        this.dataSource = dataSource;
        this.jobRepository = jobRepository;
        this.h2 = options.storeLocation().isH2Folder();
    }

    /** Called while the context closes, before the connection pool and the store lock are released. */
    @Override
    public void destroy() {
        if (!h2 || !runLoaded()) {
            return;
        }
        long started = System.nanoTime();
        try {
            JdbcClient.create(dataSource).sql("SHUTDOWN COMPACT").update();
            log.info("Store compacted in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        catch (RuntimeException e) {
            // the store stays as it was: H2 compacts it bit by bit on later closes
            log.warn("Store not compacted: {}", e.getMessage());
        }
    }

    /** This process's run planned to load billing or reference data, as its plan in the job repository says. */
    private boolean runLoaded() {
        JobInstance last = jobRepository.getLastJobInstance(ReportJobConfiguration.JOB_NAME);
        JobExecution run = last == null ? null : jobRepository.getLastJobExecution(last);
        if (run == null || !PlanContext.planned(run.getExecutionContext())) {
            return false;
        }
        LoadPlan plan = PlanContext.actions(run.getExecutionContext());
        return !plan.monthsToLoad().isEmpty() || plan.loads(plan.ledger()) || plan.loads(plan.fx());
    }
}
