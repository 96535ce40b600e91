package com.revreport.close;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a quarter's close stands as a workbook shows it: the version it is, every version with its
 * sign-offs, and what changed since the previous version. Made by {@link #decide} from the store's history
 * and the figures a run has just computed: the same figures as the newest version keep that version;
 * any figure moved makes the next one.
 *
 * @param versions every version, newest first; the first is the one this workbook is
 * @param newVersion whether this run publishes that version for the first time
 * @param changes the figures that moved between the previous version and this one, empty for version 1
 */
public record QuarterClose(String quarter, List<QuarterVersion> versions, boolean newVersion,
        List<FigureChange> changes) {

    public QuarterClose {
        versions = List.copyOf(versions);
        changes = List.copyOf(changes);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a published quarter has at least one version");
        }
    }

    /** A quarter published for the first time, at {@code published}. */
    public static QuarterClose first(String quarter, Instant published) {
        return new QuarterClose(quarter, List.of(new QuarterVersion(1, toSecond(published), List.of())), true, List.of());
    }

    /**
     * @param latest the store's newest version of the quarter with its figures, if any
     * @param beforeLatest the one before it, to show what the newest changed when it is kept
     * @param history every version of the quarter, newest first, with its sign-offs
     * @param quarterMonths the quarter's months (see {@link Changes#between})
     */
    public static QuarterClose decide(String quarter, Optional<VersionRecord> latest, Optional<VersionRecord> beforeLatest,
            List<QuarterVersion> history, List<ReportedFigure> figures, List<VersionInput> inputs,
            Map<String, String> parameters, String applicationVersion, Set<YearMonth> quarterMonths, Instant now) {
        if (latest.isEmpty()) {
            return first(quarter, now);
        }
        VersionRecord newest = latest.get();
        if (Changes.same(newest.figures(), figures)) {
            List<FigureChange> changes = beforeLatest.map(previous -> Changes.between(previous, newest.figures(),
                    newest.inputs(), newest.parameters(), newest.applicationVersion(), quarterMonths)).orElse(List.of());
            return new QuarterClose(quarter, history, false, changes);
        }
        List<QuarterVersion> versions = new ArrayList<>();
        versions.add(new QuarterVersion(newest.version().number() + 1, toSecond(now), List.of()));
        versions.addAll(history);
        return new QuarterClose(quarter, versions, true, Changes.between(newest, figures, inputs, parameters,
                applicationVersion, quarterMonths));
    }

    /** The version this workbook is. */
    public QuarterVersion current() {
        return versions.get(0);
    }

    /** The Summary's {@code Signed off}: {@code No}, or {@code version 2 by M. Keller at 2026-12-07T09:15:00Z}. */
    public String signedOff() {
        return signedOff(current());
    }

    /** {@link #signedOff()} of a version. */
    public static String signedOff(QuarterVersion version) {
        if (!version.signedOff()) {
            return "No";
        }
        return "version " + version.number() + " by " + version.signOffs().stream()
                .map(s -> s.by() + " at " + utc(s.at())).collect(Collectors.joining(" and by "));
    }

    /** The line under tblChanges: why it is empty, or what it compares. */
    public String changesCaption() {
        QuarterVersion current = current();
        if (versions.size() == 1) {
            return "Version 1 is the first published version of " + quarter + ": there is no earlier version to "
                    + "compare it with.";
        }
        return "Version " + current.number() + " against version " + versions.get(1).number() + ": " + changes.size()
                + (changes.size() == 1 ? " figure" : " figures") + " changed.";
    }

    /**
     * The WARN line of a run that publishes a new version after an earlier one was signed off: the reviewed
     * figures are no longer the current ones.
     */
    public Optional<String> signedOffSuperseded() {
        if (!newVersion) {
            return Optional.empty();
        }
        return versions.stream().skip(1).filter(QuarterVersion::signedOff).findFirst()
                .map(signed -> quarter + " was signed off at version " + signed.number() + " by " + signed.signedOffBy()
                        + " (" + signed.signedOffAt() + "); version " + current().number() + " publishes "
                        + changes.size() + (changes.size() == 1 ? " changed figure" : " changed figures")
                        + " and is not signed off: review it again");
    }

    /** The record of this version for the store, when this run publishes it first. */
    public VersionRecord record(List<ReportedFigure> figures, List<VersionInput> inputs, Map<String, String> parameters,
            String applicationVersion) {
        return new VersionRecord(current(), figures, inputs, parameters, applicationVersion);
    }

    /** ISO 8601 in UTC, to the second, as tblVersions writes times. */
    public static String utc(Instant instant) {
        return toSecond(instant).toString();
    }

    static Instant toSecond(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
