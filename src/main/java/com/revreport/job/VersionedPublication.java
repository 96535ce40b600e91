package com.revreport.job;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.revreport.analysis.QuarterFigures;
import com.revreport.close.QuarterClose;
import com.revreport.close.ReportedFigure;
import com.revreport.close.ReportedFigures;
import com.revreport.close.SignedOffQuarter;
import com.revreport.close.VersionInput;
import com.revreport.model.OneLine;
import com.revreport.report.ReportContent;
import com.revreport.report.WorkbookPublisher;
import com.revreport.store.PublishedReport;
import com.revreport.store.QuarterVersions;
import com.revreport.store.RevenueStore;
import com.revreport.store.StoredFile;

/**
 * A quarter's workbook published as a version of the quarter (docs/decisions.md, "Versions of a quarter"):
 * the figures are compared with the newest version's, the workbook is written under a temporary name, the
 * new version (if the figures moved) and the run's publication are recorded and on disk, and only then is
 * the workbook moved into place. A process killed in between leaves a record without its workbook, which
 * {@link AbandonedRuns} takes back.
 */
final class VersionedPublication {

    private static final Logger log = LoggerFactory.getLogger(VersionedPublication.class);

    private final QuarterVersions versions;

    private final RevenueStore store;

    private final WorkbookPublisher publisher;

    VersionedPublication(QuarterVersions versions, RevenueStore store, WorkbookPublisher publisher) {
        this.versions = versions;
        this.store = store;
        this.publisher = publisher;
    }

    /** What a run computed, as a version of its quarter compares it. */
    record Made(List<ReportedFigure> figures, List<VersionInput> inputs, Map<String, String> parameters,
            String applicationVersion) {

        static Made of(QuarterFigures figures, List<StoredFile> loaded, Map<String, String> parameters,
                String applicationVersion) {
            List<VersionInput> inputs = loaded.stream().map(f -> new VersionInput(f.kind(), f.month(), f.fileName(),
                    f.sha256())).toList();
            return new Made(ReportedFigures.of(figures), inputs, new LinkedHashMap<>(parameters), applicationVersion);
        }
    }

    /** The template starts loading while the figures are computed: see {@code ReportTemplate.loadAhead}. */
    void loadTemplateAhead() {
        publisher.loadTemplateAhead();
    }

    /** Where the quarter's close stands with these figures: the newest version kept, or the next one. */
    QuarterClose close(QuarterFigures figures, Made made) {
        String quarter = figures.period().quarter().label();
        var history = versions.history(quarter);
        var latest = history.isEmpty() ? Optional.<com.revreport.close.VersionRecord>empty()
                : versions.record(quarter, history.get(0).number());
        var beforeLatest = history.size() < 2 ? Optional.<com.revreport.close.VersionRecord>empty()
                : versions.record(quarter, history.get(1).number());
        return QuarterClose.decide(quarter, latest, beforeLatest, history, made.figures(), made.inputs(),
                made.parameters(), made.applicationVersion(), new HashSet<>(figures.period().quarter().months()),
                Instant.now());
    }

    /** @return the workbook in place */
    Path publish(ReportContent content, Made made, Path output, long runId, String fingerprint) {
        QuarterClose close = content.close();
        WorkbookPublisher.Prepared prepared = publisher.prepare(content, output);
        boolean recorded = false;
        boolean published = false;
        try {
            String workbook = prepared.target().toAbsolutePath().toString();
            if (close.newVersion()) {
                versions.add(close.quarter(), close.record(made.figures(), made.inputs(), made.parameters(),
                        made.applicationVersion()), content.figures().period().quarter().months(), runId, workbook,
                        prepared.sha256());
                recorded = true;
            }
            store.recordPublication(new PublishedReport(runId, fingerprint, workbook, prepared.sha256()));
            Path path = publisher.publish(prepared);
            published = true;
            return path;
        }
        finally {
            publisher.discard(prepared);
            if (recorded && !published) {
                // a failure this process lived through: the version never reached a reader
                versions.remove(close.quarter(), close.current().number());
            }
        }
    }

    /**
     * The WARN lines of a run that moved figures a reviewer signed off: the reported quarter's new version
     * after a sign-off, and any signed-off quarter with a month this run restated. One line per quarter.
     */
    List<String> signedOffWarnings(QuarterClose close, Set<YearMonth> restated) {
        Map<String, String> lines = new LinkedHashMap<>();
        close.signedOffSuperseded().ifPresent(line -> lines.put(close.quarter(), line));
        for (SignedOffQuarter signed : versions.signedOff()) {
            signed.restated(restated).ifPresent(line -> lines.putIfAbsent(signed.quarter(), line));
        }
        lines.values().forEach(line -> {
            log.warn("{}", OneLine.of(line));
            System.err.println("revreport: warning: " + OneLine.of(line));
        });
        return List.copyOf(lines.values());
    }
}
