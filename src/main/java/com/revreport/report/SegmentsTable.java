package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.INPUT_TEXT;
import static com.revreport.report.xlsx.ColumnKind.MONEY;
import static com.revreport.report.xlsx.ColumnKind.NUMBER;
import static com.revreport.report.xlsx.ColumnKind.RATIO;
import static com.revreport.report.xlsx.ColumnKind.TEXT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.ClientShare;
import com.revreport.analysis.ConcentrationScope;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.ScopeGrowth;
import com.revreport.analysis.SegmentReconciliation;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.TableWriter;

/**
 * {@code tblSegments} on the Summary: each segment of the quarter's reconciliation, then All segments,
 * with its growth, its quarter reconciliation and its concentration, each figure the one of the table
 * it summarises, so the Summary never disagrees with the sheet behind it.
 */
final class SegmentsTable {

    static final String TABLE = "tblSegments";

    static final List<String> HEADERS = List.of("Segment", "Revenue", "QoQ", "YoY", "Billed", "Ledger", "Variance",
            "Status", "Top client", "Top client share", "HHI", "Level");

    static final List<ColumnKind> KINDS = List.of(INPUT_TEXT, MONEY, RATIO, RATIO, MONEY, MONEY, MONEY, TEXT,
            INPUT_TEXT, RATIO, NUMBER, TEXT);

    /** One row: a scope's growth and concentration (null where that table has no row for it). */
    record SegmentRow(String segment, ScopeGrowth growth, BigDecimal billed, BigDecimal ledger,
            ReconciliationStatus status, ConcentrationScope concentration) {

        BigDecimal variance() {
            return billed.subtract(ledger);
        }

        ClientShare topClient() {
            return concentration == null || concentration.clients().isEmpty() ? null : concentration.clients().get(0);
        }
    }

    private SegmentsTable() {
    }

    static List<SegmentRow> rows(QuarterFigures figures) {
        Map<String, ScopeGrowth> growth = byScope(figures.growth(), ScopeGrowth::scope);
        Map<String, ConcentrationScope> concentration = byScope(figures.concentration(), ConcentrationScope::scope);
        Map<String, SegmentReconciliation> quarterRows = new TreeMap<>();
        for (SegmentReconciliation r : figures.reconciliation()) {
            if (r.quarterTotal()) {
                quarterRows.put(r.segment(), r);
            }
        }
        List<SegmentRow> rows = new ArrayList<>();
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal ledger = BigDecimal.ZERO;
        for (SegmentReconciliation r : quarterRows.values()) {
            rows.add(new SegmentRow(r.segment(), growth.get(r.segment()), r.billed(), r.ledger(), r.status(),
                    concentration.get(r.segment())));
            billed = billed.add(r.billed());
            ledger = ledger.add(r.ledger());
        }
        String all = QuarterFigures.ALL_SEGMENTS;
        rows.add(new SegmentRow(all, growth.get(all), billed, ledger, entityStatus(quarterRows.values()),
                concentration.get(all)));
        return rows;
    }

    /** A missing side is as much a break of the entity's reconciliation as a difference is. */
    static ReconciliationStatus entityStatus(Iterable<SegmentReconciliation> quarterRows) {
        boolean tolerated = false;
        for (SegmentReconciliation r : quarterRows) {
            switch (r.status()) {
                case BREAK, MISSING_LEDGER, MISSING_BILLING -> {
                    return ReconciliationStatus.BREAK;
                }
                case WITHIN_TOLERANCE -> tolerated = true;
                default -> {
                }
            }
        }
        return tolerated ? ReconciliationStatus.WITHIN_TOLERANCE : ReconciliationStatus.MATCHED;
    }

    static void write(XSSFWorkbook workbook, List<SegmentRow> rows) {
        TableWriter table = ReportTemplate.writer(workbook, TABLE, HEADERS, KINDS);
        for (SegmentRow r : rows) {
            ScopeGrowth g = r.growth();
            ConcentrationScope c = r.concentration();
            ClientShare top = r.topClient();
            table.next().text(r.segment()).number(g == null ? null : g.revenue()).number(g == null ? null : g.qoq())
                    .number(g == null ? null : g.yoy()).number(r.billed()).number(r.ledger()).number(r.variance())
                    .text(r.status().name()).text(top == null ? null : top.clientName())
                    .number(top == null ? null : top.share()).number(c == null ? null : c.hhi())
                    .text(c == null || c.level() == null ? null : c.level().name());
        }
        table.finish();
    }

    private static <T> Map<String, T> byScope(List<T> rows, Function<T, String> scope) {
        return rows.stream().collect(Collectors.toMap(scope, r -> r, (a, b) -> a));
    }
}
