package com.revreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import com.revreport.ingest.Sha256;
import com.revreport.model.OneLine;
import com.revreport.store.PublishedReport;
import com.revreport.store.QuarterVersions;
import com.revreport.store.RevenueStore;

/**
 * Runs a process left unfinished (kill -9, power loss). The caller holds the store's lock, so an execution
 * still marked as running belongs to a process that died; it is marked failed, so it cannot block for ever,
 * and what it recorded just before moving its workbook into place is kept only if the workbook got there:
 * a version of a quarter and its workbook exist both or neither.
 */
@Component
public class AbandonedRuns {

    private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);

    private final JobRepository jobRepository;

    private final JobOperator jobOperator;

    private final RevenueStore store;

    private final QuarterVersions versions;

    AbandonedRuns(JobRepository jobRepository, JobOperator jobOperator, RevenueStore store, QuarterVersions versions) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.store = store;
        this.versions = versions;
    }

    public void recover() {
        for (JobExecution stale : jobRepository.findRunningJobExecutions(ReportJobConfiguration.JOB_NAME)) {
            long run = stale.getId();
            Optional<PublishedReport> published = store.publicationOf(run).filter(p -> inPlace(p.workbook(),
                    p.workbookSha256()));
            for (QuarterVersions.Publication version : versions.recordedBy(run)) {
                if (!inPlace(version.workbook(), version.workbookSha256())) {
                    versions.remove(version.quarter(), version.version());
                    log.warn("Version {} of {}, recorded by run {}, never reached its workbook: taken back, to be "
                            + "published again by this run", version.version(), version.quarter(), run);
                }
            }
            String what = published.map(p -> "after publishing " + p.workbook()).orElse("before the run finished");
            log.warn("Run {} was left unfinished by a process that stopped {}; marking it failed", run, OneLine.of(what));
            jobOperator.recover(stale);
            store.finishRun(run, "FAILED", null, published.orElse(null), "the process stopped " + what
                    + " (killed or lost power); a later run redid its work");
        }
    }

    /** Whether the workbook a run meant to publish is in place, as that run wrote it. */
    private static boolean inPlace(String workbook, String sha256) {
        Path path = Path.of(workbook);
        return Files.isRegularFile(path) && Sha256.of(path).equals(sha256);
    }
}
