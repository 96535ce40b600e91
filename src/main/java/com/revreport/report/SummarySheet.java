package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.MONEY;
import static com.revreport.report.xlsx.ColumnKind.RATIO;
import static com.revreport.report.xlsx.ColumnKind.TEXT;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.ClientShare;
import com.revreport.analysis.ConcentrationScope;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.ReportPeriod;
import com.revreport.analysis.ScopeGrowth;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.SheetLayout;
import com.revreport.report.xlsx.TableWriter;
import com.revreport.report.xlsx.TemplatePlaces;

/**
 * {@code tblSummary}: the story at a glance. The Value column mixes kinds, so each value borrows
 * the style of the column it repeats (money from Reconciliation's Billed, ratios from its
 * Variance %, counts and HHI from the concentration summary): one place to restyle each format.
 * The status counts and the check are formulas over tblReconciliation, so they stay true if a
 * reader filters or edits nothing and can be audited by clicking the cell.
 */
final class SummarySheet {

    static final String TABLE = "tblSummary";

    static final List<String> HEADERS = List.of("Metric", "Value");

    static final List<ColumnKind> KINDS = List.of(TEXT, TEXT);

    static final String CHECK_METRIC = "All reconciliations matched";

    private SummarySheet() {
    }

    static void write(XSSFWorkbook workbook, QuarterFigures figures, List<Reject> rejects, TableWriter reconciliation,
            TableWriter concentrationSummary) {
        TableWriter table = ReportTemplate.writer(workbook, TABLE, HEADERS, KINDS);
        List<Consumer<TableWriter>> metrics = metrics(figures, rejects, reconciliation, concentrationSummary,
                table.quotedStyle(workbook, 1));
        List<SegmentsTable.SegmentRow> segments = SegmentsTable.rows(figures);
        List<ExceptionsTable.Item> exceptions = ExceptionsTable.of(figures);
        XSSFSheet sheet = TemplatePlaces.table(workbook, TABLE).getXSSFSheet();
        // top down: each table makes room for its rows before the one below it is placed
        SheetLayout.growDown(sheet, TABLE, metrics.size());
        SheetLayout.belowCharts(sheet, SegmentsTable.TABLE);
        SheetLayout.growDown(sheet, SegmentsTable.TABLE, segments.size());
        SheetLayout.growDown(sheet, ExceptionsTable.TABLE, Math.min(exceptions.size(), ExceptionsTable.ON_PAGE));

        metrics.forEach(metric -> metric.accept(table.next()));
        table.finish();
        SegmentsTable.write(workbook, segments);
        ExceptionsTable.write(workbook, exceptions, figures.reportingCurrency());

        ReportPeriod period = figures.period();
        TemplatePlaces.writeNamed(workbook, "ReportPeriod", period.fileLabel() + " \u00b7 " + months(period.months())
                + " \u00b7 " + figures.reportingCurrency());
    }

    private static List<Consumer<TableWriter>> metrics(QuarterFigures figures, List<Reject> rejects,
            TableWriter reconciliation, TableWriter concentrationSummary, CellStyle quoted) {
        CellStyle money = reconciliation.style(2);
        CellStyle ratio = reconciliation.style(5);
        CellStyle count = concentrationSummary.style(1);
        CellStyle number = concentrationSummary.style(6);
        ReportPeriod period = figures.period();
        List<Consumer<TableWriter>> rows = new ArrayList<>();

        rows.add(t -> t.text("Quarter").text(period.quarter().label()));
        rows.add(t -> t.text("Coverage").text(period.complete() ? "Complete quarter"
                : "Quarter to date (" + period.months().size() + " of 3 months)"));
        rows.add(t -> t.text("Months").text(months(period.months())));
        rows.add(t -> t.text("Missing months").text(period.missingMonths().isEmpty() ? "None"
                : months(period.missingMonths())));
        rows.add(t -> t.text("Reporting currency").text(figures.reportingCurrency()));

        Optional<ScopeGrowth> growth = figures.growth().stream().filter(g -> Scopes.isAll(g.scope())).findFirst();
        rows.add(t -> t.text("Total revenue (All segments)").as(MONEY, money)
                .number(growth.map(ScopeGrowth::revenue).orElse(null)));

        CellRangeAddress status = reconciliation.columnRange(ReconciliationSheet.STATUS, 0,
                reconciliation.rowsWritten());
        String range = status.formatAsString(reconciliation.sheet().getSheetName(), true);
        for (ReconciliationStatus s : ReconciliationStatus.values()) {
            rows.add(t -> t.text("Reconciliation rows " + s.name()).as(TEXT, count)
                    .formula("COUNTIF(" + range + ",\"" + s.name() + "\")", 6));
        }
        // every non-blank status is MATCHED; an empty reconciliation has nothing unmatched
        rows.add(t -> t.text(CHECK_METRIC).formula("IF(COUNTIF(" + range + ",\"MATCHED\")=COUNTA(" + range
                + "),\"Yes\",\"No\")", 4));

        Optional<ConcentrationScope> all = figures.concentration().stream().filter(c -> Scopes.isAll(c.scope()))
                .findFirst();
        Optional<ClientShare> top = all.flatMap(c -> c.clients().stream().findFirst());
        rows.add(t -> t.text("Top client (All segments)").as(ColumnKind.INPUT_TEXT, quoted)
                .text(top.map(ClientShare::clientName).orElse(null)));
        rows.add(t -> t.text("Top client share (All segments)").as(RATIO, ratio)
                .number(top.map(ClientShare::share).orElse(null)));
        rows.add(t -> t.text("HHI (All segments)").as(ColumnKind.NUMBER, number)
                .number(all.map(ConcentrationScope::hhi).orElse(null)));
        rows.add(t -> t.text("Concentration level (All segments)")
                .text(all.map(c -> c.level() == null ? null : c.level().name()).orElse(null)));
        rows.add(t -> t.text("QoQ (All segments)").as(RATIO, ratio).number(growth.map(ScopeGrowth::qoq).orElse(null)));
        rows.add(t -> t.text("YoY (All segments)").as(RATIO, ratio).number(growth.map(ScopeGrowth::yoy).orElse(null)));
        rows.add(t -> t.text("Rejected billing rows").as(ColumnKind.INTEGER, count).integer(rejects.size()));
        // by reason, in the order the rules check them, so the Summary sizes what went wrong
        Map<RejectReason, Long> reasons = new EnumMap<>(RejectReason.class);
        rejects.stream().filter(r -> r.reason() != null).forEach(r -> reasons.merge(r.reason(), 1L, Long::sum));
        reasons.forEach((reason, n) -> rows.add(t -> t.text("Rejected: " + reason.name())
                .as(ColumnKind.INTEGER, count).integer(n)));
        return rows;
    }

    static String months(List<YearMonth> months) {
        return months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
    }
}
