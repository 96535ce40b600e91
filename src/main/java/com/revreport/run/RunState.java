package com.revreport.run;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import com.revreport.analysis.QuarterFigures;
import com.revreport.ingest.LoadPlan;
import com.revreport.store.PublishedReport;

/**
 * What one run's steps hand to the next. Runs never overlap in a process (the store lock and the
 * scheduler see to that) and a crashed run is never resumed from its middle but run again, whose
 * month-level sync redoes exactly the unfinished work; so the hand-over can live in memory.
 */
@Component
class RunState {

    private final AtomicReference<LoadPlan> plan = new AtomicReference<>();

    private final AtomicReference<QuarterFigures> figures = new AtomicReference<>();

    private final AtomicReference<String> workbook = new AtomicReference<>();

    private final AtomicReference<String> fingerprint = new AtomicReference<>();

    private final AtomicReference<PublishedReport> published = new AtomicReference<>();

    private final AtomicReference<PublishedReport> current = new AtomicReference<>();

    /** (month, currency) pairs without a rate found while loading, as {@code 2024-03 EUR}. */
    private final java.util.Set<String> missingRates = new java.util.concurrent.ConcurrentSkipListSet<>();

    /** What was not loaded for want of a rate, kept as it was: {@code billing 2024-03}, {@code the ledger}. */
    private final java.util.Set<String> notLoaded = new java.util.concurrent.ConcurrentSkipListSet<>();

    java.util.Set<String> missingRates() {
        return missingRates;
    }

    java.util.Set<String> notLoaded() {
        return notLoaded;
    }

    void reset() {
        missingRates.clear();
        notLoaded.clear();
        plan.set(null);
        figures.set(null);
        workbook.set(null);
        fingerprint.set(null);
        published.set(null);
        current.set(null);
    }

    String fingerprint() {
        return fingerprint.get();
    }

    void fingerprint(String value) {
        fingerprint.set(value);
    }

    /** The workbook this run leaves current: written now, or kept from an earlier run. */
    PublishedReport published() {
        return published.get();
    }

    void published(PublishedReport value) {
        published.set(value);
    }

    /** This run put its workbook in place: the last thing a run does. */
    boolean publishedByThisRun() {
        return current.get() == null && published.get() != null;
    }

    /** An earlier run's workbook that is still current: nothing to recompute or rewrite. */
    PublishedReport alreadyCurrent() {
        return current.get();
    }

    void alreadyCurrent(PublishedReport value) {
        current.set(value);
        published.set(value);
        workbook.set(value.workbook());
    }

    LoadPlan plan() {
        return require(plan.get(), "load plan");
    }

    LoadPlan planOrNull() {
        return plan.get();
    }

    void plan(LoadPlan value) {
        plan.set(value);
    }

    QuarterFigures figures() {
        return require(figures.get(), "figures");
    }

    QuarterFigures figuresOrNull() {
        return figures.get();
    }

    void figures(QuarterFigures value) {
        figures.set(value);
    }

    String workbook() {
        return workbook.get();
    }

    void workbook(String value) {
        workbook.set(value);
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("the " + what + " of this run is not there: a step ran out of order");
        }
        return value;
    }
}
