package com.revreport.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

import com.revreport.calendar.FiscalQuarter;
import com.revreport.cli.ExitCodes;
import com.revreport.cli.FailureMessages;
import com.revreport.cli.RevReportOptions;
import com.revreport.close.QuarterClose;
import com.revreport.close.QuarterVersion;
import com.revreport.close.SignOff;
import com.revreport.ingest.Sha256;
import com.revreport.model.OneLine;
import com.revreport.report.WorkbookPublisher;
import com.revreport.store.PublishedReport;
import com.revreport.store.QuarterVersions;
import com.revreport.store.RevenueStore;

/**
 * {@code --sign-off --quarter=Q --by=NAME [--note=TEXT]}: records that NAME reviewed the quarter's current
 * version and re-writes that version's workbook with the sign-off. It reads no input and computes nothing:
 * the workbook reviewed is the one it changes. Under the store's lock like a run, so it never signs off a
 * version a run is replacing.
 */
@Component
@Import(AbandonedRuns.class)
public class SignOffRun implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(SignOffRun.class);

    private final RevReportOptions options;

    private final QuarterVersions versions;

    private final RevenueStore store;

    private final WorkbookPublisher publisher;

    private final AbandonedRuns abandonedRuns;

    private volatile int exitCode = ExitCodes.FAILED;

    SignOffRun(RevReportOptions options, QuarterVersions versions, RevenueStore store, WorkbookPublisher publisher,
            AbandonedRuns abandonedRuns) {
        this.options = options;
        this.versions = versions;
        this.store = store;
        this.publisher = publisher;
        this.abandonedRuns = abandonedRuns;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            signOff();
            exitCode = ExitCodes.WRITTEN;
        }
        catch (SignOffRefused refused) {
            fail(refused.getMessage(), null);
        }
        catch (RuntimeException e) {
            fail(FailureMessages.line(e, options.storeLocation()), e);
        }
    }

    private void signOff() {
        // a version recorded by a run that died before its workbook was in place was never published
        abandonedRuns.recover();
        String quarter = FiscalQuarter.parse(options.quarter(), options.fiscalYearStartMonth()).label();
        List<QuarterVersion> history = versions.history(quarter);
        PublishedReport published = store.lastPublicationOf(quarter).orElse(null);
        if (history.isEmpty() || published == null) {
            throw new SignOffRefused("this store (" + options.storeLocation().description() + ") never published "
                    + quarter + ": run the job for it, then sign off");
        }
        Path workbook = Path.of(published.workbook());
        if (!Files.isRegularFile(workbook) || !Sha256.of(workbook).equals(published.workbookSha256())) {
            throw new SignOffRefused("the workbook " + workbook + " is not the one run " + published.runId()
                    + " published (changed or removed since): run the job to write it again, then sign off");
        }
        QuarterVersion current = history.get(0);
        SignOff signOff = new SignOff(options.by(), Instant.now().truncatedTo(ChronoUnit.SECONDS), options.note());
        List<SignOff> signOffs = new ArrayList<>(current.signOffs());
        signOffs.add(signOff);
        QuarterVersion signed = new QuarterVersion(current.number(), current.published(), signOffs);
        WorkbookPublisher.Prepared prepared = publisher.prepareSignOff(workbook, signed, QuarterClose.signedOff(signed));
        try {
            // recorded before the move: a kill between the two leaves a workbook whose SHA-256 is not the one
            // recorded, which the next run re-writes, sign-off included
            versions.signOff(quarter, current.number(), signOff, published.workbook(), published.workbookSha256(),
                    prepared.sha256());
            publisher.publish(prepared);
        }
        finally {
            publisher.discard(prepared);
        }
        String second = current.signedOff() ? " (reviewer " + signOffs.size() + " of this version)" : "";
        log.info("{} version {} signed off by {} at {}{}: {}", quarter, current.number(), OneLine.of(signOff.by()),
                QuarterClose.utc(signOff.at()), second, OneLine.of(workbook));
    }

    private void fail(String line, Throwable defect) {
        if (defect == null) {
            log.error("Sign-off failed: {}", line);
        }
        else {
            log.error("Sign-off failed: {}", line, defect);
        }
        System.err.println("revreport: " + line);
        exitCode = ExitCodes.FAILED;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** A sign-off this store cannot record, said in one line. */
    private static final class SignOffRefused extends RuntimeException {

        SignOffRefused(String message) {
            super(message);
        }
    }
}
