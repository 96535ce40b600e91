package com.revreport.close;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** tblChanges: every figure of a version that differs from the previous version, with its cause. */
public final class Changes {

    private Changes() {
    }

    /**
     * @param figures the figures of the later version, in the order the workbook writes them
     * @param inputs the files they were made from
     * @param quarterMonths the quarter's months, which tell a quarter figure's causes from other quarters'
     */
    public static List<FigureChange> between(VersionRecord previous, List<ReportedFigure> figures,
            List<VersionInput> inputs, Map<String, String> parameters, String applicationVersion,
            Set<YearMonth> quarterMonths) {
        InputChanges causes = InputChanges.between(previous, inputs, parameters, applicationVersion, quarterMonths);
        List<FigureChange> changes = new ArrayList<>();
        for (Moved moved : moved(previous.figures(), figures)) {
            ReportedFigure cell = moved.now() != null ? moved.now() : moved.was();
            Object was = moved.was() == null ? null : moved.was().value();
            Object now = moved.now() == null ? null : moved.now().value();
            BigDecimal difference = was instanceof BigDecimal a && now instanceof BigDecimal b ? b.subtract(a) : null;
            changes.add(new FigureChange(cell.figure(), cell.scope(), cell.period(), was, now, difference,
                    causes.causeOf(cell.figure(), cell.period())));
        }
        return changes;
    }

    /** Whether two versions' figures are the same figures: then no new version is published. */
    public static boolean same(List<ReportedFigure> previous, List<ReportedFigure> figures) {
        return moved(previous, figures).isEmpty();
    }

    /** A cell whose value differs; {@code was} or {@code now} is null where that version has no such cell. */
    private record Moved(ReportedFigure was, ReportedFigure now) {
    }

    /** In the later version's order, then the cells it no longer has (a segment that left the quarter). */
    private static List<Moved> moved(List<ReportedFigure> previous, List<ReportedFigure> figures) {
        Map<String, ReportedFigure> before = new LinkedHashMap<>();
        previous.forEach(f -> before.put(f.cell(), f));
        List<Moved> moved = new ArrayList<>();
        for (ReportedFigure now : figures) {
            ReportedFigure was = before.remove(now.cell());
            if (was == null ? now.value() != null : !was.sameValue(now)) {
                moved.add(new Moved(was, now));
            }
        }
        before.values().stream().filter(gone -> gone.value() != null).forEach(gone -> moved.add(new Moved(gone, null)));
        return moved;
    }
}
