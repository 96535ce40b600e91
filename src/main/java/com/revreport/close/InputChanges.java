package com.revreport.close;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed in a version's inputs since the previous version, in the words of tblChanges' Cause:
 * {@code billing 2022-03 restated: billing-2022-03.csv changed}, {@code ledger reloaded: ledger.csv changed}.
 */
final class InputChanges {

    /**
     * Options that say where things are, not how figures are made: a different output folder moves no
     * figure, so it is never given as a figure's cause.
     */
    private static final Set<String> PLACES = Set.of("input", "output", "store", "template", "quarter");

    /** Figures of a quarter row that compare it with other quarters, whose billing months are then causes too. */
    private static final Set<String> COMPARISONS = Set.of("QoQ", "YoY");

    /** The figures the ledger's entries reach. */
    private static final Set<String> LEDGER_FIGURES = Set.of("Ledger", "Variance", "Status");

    /** One change; {@code month} for a billing month, null for the ledger, the rates and the options. */
    record Change(String text, String kind, YearMonth month) {
    }

    private final List<Change> changes;

    private final Set<YearMonth> quarterMonths;

    private InputChanges(List<Change> changes, Set<YearMonth> quarterMonths) {
        this.changes = changes;
        this.quarterMonths = quarterMonths;
    }

    /** @param quarterMonths the months of the quarter reported, whose billing reaches its quarter figures */
    static InputChanges between(VersionRecord previous, List<VersionInput> inputs, Map<String, String> parameters,
            String applicationVersion, Set<YearMonth> quarterMonths) {
        List<Change> changes = new ArrayList<>();
        Map<YearMonth, Map<String, String>> before = billing(previous.inputs());
        Map<YearMonth, Map<String, String>> after = billing(inputs);
        Set<YearMonth> months = new TreeSet<>(before.keySet());
        months.addAll(after.keySet());
        for (YearMonth month : months) {
            Map<String, String> was = before.getOrDefault(month, Map.of());
            Map<String, String> is = after.getOrDefault(month, Map.of());
            if (!was.equals(is)) {
                String what = was.isEmpty() ? "loaded" : is.isEmpty() ? "removed" : "restated";
                changes.add(new Change("billing " + month + " " + what + ": " + files(was, is), VersionInput.BILLING,
                        month));
            }
        }
        reloaded(changes, "ledger", VersionInput.LEDGER, previous.inputs(), inputs);
        reloaded(changes, "rates", VersionInput.FX, previous.inputs(), inputs);
        Set<String> options = new TreeSet<>(previous.parameters().keySet());
        options.addAll(parameters.keySet());
        List<String> changedOptions = new ArrayList<>();
        for (String option : options) {
            String was = previous.parameters().get(option);
            String is = parameters.get(option);
            if (!PLACES.contains(option) && !Objects.equals(was, is)) {
                changedOptions.add(option + " " + was + " -> " + is);
            }
        }
        if (!changedOptions.isEmpty()) {
            changes.add(new Change("options changed: " + String.join(", ", changedOptions), null, null));
        }
        if (!Objects.equals(previous.applicationVersion(), applicationVersion)) {
            changes.add(new Change("application version " + previous.applicationVersion() + " -> " + applicationVersion,
                    null, null));
        }
        return new InputChanges(changes, quarterMonths);
    }

    /**
     * The changes that can have moved this figure, joined; every change when none of them can (the figure
     * moved all the same, so the reader sees everything that changed), or a sentence saying nothing did.
     */
    String causeOf(String figure, String period) {
        List<String> causes = new ArrayList<>();
        for (Change change : changes) {
            if (reaches(change, figure, period)) {
                causes.add(change.text());
            }
        }
        if (causes.isEmpty()) {
            changes.forEach(c -> causes.add(c.text()));
        }
        return causes.isEmpty() ? "no input file or option changed: the application's rules did" : String.join("; ", causes);
    }

    private boolean reaches(Change change, String figure, String period) {
        if (change.kind() == null || VersionInput.FX.equals(change.kind())) {
            return true;
        }
        if (VersionInput.LEDGER.equals(change.kind())) {
            return LEDGER_FIGURES.contains(figure);
        }
        if (figure.equals("Ledger")) {
            return false;
        }
        if (isMonth(period)) {
            return period.equals(change.month().toString());
        }
        return COMPARISONS.contains(figure) || quarterMonths.contains(change.month());
    }

    private static boolean isMonth(String period) {
        return period != null && period.matches("[0-9]{4}-[0-9]{2}");
    }

    private static void reloaded(List<Change> changes, String words, String kind, List<VersionInput> before,
            List<VersionInput> after) {
        Map<String, String> was = files(before, kind);
        Map<String, String> is = files(after, kind);
        if (!was.equals(is)) {
            changes.add(new Change(words + " reloaded: " + files(was, is), kind, null));
        }
    }

    /** {@code a.csv changed, b.csv added}: each file whose name or content differs, by name. */
    private static String files(Map<String, String> was, Map<String, String> is) {
        Set<String> names = new TreeSet<>(was.keySet());
        names.addAll(is.keySet());
        List<String> words = new ArrayList<>();
        for (String name : names) {
            String before = was.get(name);
            String after = is.get(name);
            if (before == null) {
                words.add(shown(name) + " added");
            }
            else if (after == null) {
                words.add(shown(name) + " removed");
            }
            else if (!before.equals(after)) {
                words.add(shown(name) + " changed");
            }
        }
        return String.join(", ", words);
    }

    /** {@code billing/billing-2024-03.csv} as {@code billing-2024-03.csv}: the cause already says which kind. */
    private static String shown(String name) {
        return name.substring(name.indexOf('/') + 1);
    }

    private static Map<YearMonth, Map<String, String>> billing(List<VersionInput> inputs) {
        Map<YearMonth, Map<String, String>> months = new TreeMap<>();
        for (VersionInput input : inputs) {
            if (VersionInput.BILLING.equals(input.kind()) && input.month() != null) {
                months.computeIfAbsent(input.month(), m -> new TreeMap<>()).put(input.file(), input.sha256());
            }
        }
        return months;
    }

    private static Map<String, String> files(List<VersionInput> inputs, String kind) {
        Map<String, String> files = new TreeMap<>();
        inputs.stream().filter(i -> kind.equals(i.kind())).forEach(i -> files.put(i.file(), i.sha256()));
        return files;
    }
}
