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
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.ClientShare;
import com.revreport.analysis.ConcentrationScope;
import com.revreport.close.ExplanationStatus;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.ReportPeriod;
import com.revreport.analysis.RejectedValue;
import com.revreport.analysis.ScopeGrowth;
import com.revreport.analysis.SegmentSummary;
import com.revreport.close.QuarterClose;
import com.revreport.calendar.FiscalQuarter;
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

    /** Rows of tblReconciliation whose break or missing side nobody explained. */
    static final String UNEXPLAINED_METRIC = "Unexplained breaks";

    /** The tolerance the verdict above it was judged by, in the Reconciliation sheet's words. */
    static final String TOLERANCE_METRIC = "Reconciliation tolerance";

    static final String VERSION_METRIC = "Version";

    /** Re-written by a sign-off ({@link SignOffEdit}), which finds it by this name. */
    static final String SIGNED_OFF_METRIC = "Signed off";

    private SummarySheet() {
    }

    static void write(XSSFWorkbook workbook, ReportContent content, TableWriter reconciliation,
            TableWriter concentrationSummary, TableWriter changes) {
        QuarterFigures figures = content.figures();
        List<SegmentSummary> segments = SegmentSummary.of(figures);
        List<ExceptionsTable.Item> exceptions = ExceptionsTable.of(figures, content.explanations());
        XSSFSheet sheet = TemplatePlaces.table(workbook, TABLE).getXSSFSheet();
        // top down: tblSegments across the page, then tblExceptions, which moves the chart and the notes under
        // it; tblSummary beside them has nothing under it, so it takes its rows where they are
        SheetLayout.growDown(sheet, SegmentsTable.TABLE, segments.size());
        SheetLayout.growDown(sheet, ExceptionsTable.TABLE, Math.min(exceptions.size(), ExceptionsTable.ON_PAGE));
        SegmentsTable.write(workbook, segments);
        ExceptionsTable.write(workbook, exceptions, figures.reportingCurrency());
        // the columns right of tblSummary are empty under tblSegments: a sentence in Value runs on into them
        int lastColumn = TemplatePlaces.table(workbook, SegmentsTable.TABLE).getArea().getLastCell().getCol();
        TableWriter table = ReportTemplate.writer(workbook, TABLE, HEADERS, KINDS);
        List<Consumer<TableWriter>> metrics = metrics(content, segments.get(segments.size() - 1), reconciliation,
                concentrationSummary, changes, table.quotedStyle(workbook, 1), lastColumn);
        metrics.forEach(metric -> metric.accept(table.next()));
        table.finish();

        ReportPeriod period = figures.period();
        TemplatePlaces.writeNamed(workbook, "ReportPeriod", period.fileLabel() + " \u00b7 " + months(period.months())
                + " \u00b7 " + figures.reportingCurrency());
    }

    /** @param entity tblSegments' All segments row, whose Ledger and Variance the booked figure and gap repeat */
    private static List<Consumer<TableWriter>> metrics(ReportContent content, SegmentSummary entity,
            TableWriter reconciliation, TableWriter concentrationSummary, TableWriter changes, CellStyle quoted,
            int lastColumn) {
        QuarterFigures figures = content.figures();
        List<Reject> rejects = content.rejects() == null ? List.of() : content.rejects();
        CellStyle money = reconciliation.style(2);
        CellStyle ratio = reconciliation.style(5);
        CellStyle count = concentrationSummary.style(1);
        CellStyle number = concentrationSummary.style(6);
        ReportPeriod period = figures.period();
        List<Consumer<TableWriter>> rows = new ArrayList<>();
        // a sentence too long to run on wraps in the Value column rather than widen it: tblSegments shares it
        XSSFCellStyle wrapped = reconciliation.sheet().getWorkbook().createCellStyle();
        if (quoted != null) {
            wrapped.cloneStyleFrom(quoted);
        }
        wrapped.setQuotePrefixed(false);
        wrapped.setWrapText(true);

        rows.add(t -> t.text("Quarter").text(period.quarter().label()));
        rows.add(t -> t.text("Coverage").text(period.complete() ? "Complete quarter"
                : "Quarter to date (" + period.months().size() + " of 3 months)"));
        rows.add(t -> t.text("Months").text(months(period.months())));
        rows.add(t -> t.text("Missing months").text(period.missingMonths().isEmpty() ? "None"
                : months(period.missingMonths())));
        rows.add(t -> t.text("Reporting currency").text(figures.reportingCurrency()));

        Optional<ScopeGrowth> growth = figures.growth().stream().filter(g -> Scopes.isAll(g.scope())).findFirst();
        // the billing exports' revenue; the ledger's is beside it, so nobody forwards one for the other
        rows.add(t -> t.text("Total revenue (All segments)").as(MONEY, money)
                .number(growth.map(ScopeGrowth::revenue).orElse(null)));
        rows.add(t -> t.text("Booked revenue, ledger (All segments)").as(MONEY, money).number(entity.ledger()));
        rows.add(t -> t.text("Billed minus booked (All segments)").as(MONEY, money).number(entity.variance()));
        rows.add(t -> t.text("Reconciliation").runOn(ReconciliationVerdict.of(figures.reconciliation()),
                t.widthTo(lastColumn), wrapped));
        rows.add(t -> t.text(TOLERANCE_METRIC).runOn(tolerance(content), t.widthTo(lastColumn), wrapped));

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
        String explained = reconciliation.columnRange(ReconciliationSheet.EXPLANATION_STATUS, 0,
                reconciliation.rowsWritten()).formatAsString(reconciliation.sheet().getSheetName(), true);
        rows.add(t -> t.text(UNEXPLAINED_METRIC).as(TEXT, count)
                .formula("COUNTIF(" + explained + ",\"" + ExplanationStatus.UNEXPLAINED.name() + "\")", 6));
        QuarterClose close = content.close();
        rows.add(t -> t.text(VERSION_METRIC).as(ColumnKind.INTEGER, count).integer(close.current().number()));
        rows.add(t -> t.text(SIGNED_OFF_METRIC).runOn(close.signedOff(), t.widthTo(lastColumn), wrapped));
        String changed = changes.columnRange(0, 0, changes.rowsWritten())
                .formatAsString(changes.sheet().getSheetName(), true);
        rows.add(t -> t.text("Changes since previous version").as(TEXT, count).formula("COUNTA(" + changed + ")", 6));

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
        rows.add(t -> t.text("QoQ constant currency (All segments)").as(RATIO, ratio)
                .number(growth.map(ScopeGrowth::qoqConstantCurrency).orElse(null)));
        rows.add(t -> t.text("Prior quarter").text(comparison(period.quarter().previous(), period)));
        rows.add(t -> t.text("Prior quarter revenue (All segments)").as(MONEY, money)
                .number(growth.map(ScopeGrowth::priorQuarter).orElse(null)));
        rows.add(t -> t.text("YoY (All segments)").as(RATIO, ratio).number(growth.map(ScopeGrowth::yoy).orElse(null)));
        rows.add(t -> t.text("YoY constant currency (All segments)").as(RATIO, ratio)
                .number(growth.map(ScopeGrowth::yoyConstantCurrency).orElse(null)));
        rows.add(t -> t.text("Prior year quarter").text(comparison(period.quarter().sameQuarterPriorYear(), period)));
        rows.add(t -> t.text("Prior year quarter revenue (All segments)").as(MONEY, money)
                .number(growth.map(ScopeGrowth::priorYearQuarter).orElse(null)));
        rows.add(t -> t.text("Rejected billing rows").as(ColumnKind.INTEGER, count).integer(rejects.size()));
        RejectedValue rejected = content.rejectedValue();
        rows.add(t -> t.text("Rejected amount").as(MONEY, money).number(rejected.amount()));
        if (!rejected.leftOut().isEmpty()) {
            rows.add(t -> t.text("Rejected amount leaves out").runOn(rejected.leftOut(), t.widthTo(lastColumn), wrapped));
        }
        // by reason, in the order the rules check them, so the Summary sizes what went wrong
        Map<RejectReason, Long> reasons = new EnumMap<>(RejectReason.class);
        rejects.stream().filter(r -> r.reason() != null).forEach(r -> reasons.merge(r.reason(), 1L, Long::sum));
        reasons.forEach((reason, n) -> rows.add(t -> t.text("Rejected: " + reason.name())
                .as(ColumnKind.INTEGER, count).integer(n)));
        return rows;
    }

    /** A comparison quarter by label; a quarter to date compares with the same first months. */
    private static String comparison(FiscalQuarter quarter, ReportPeriod period) {
        int months = period.months().size();
        return months == 3 ? quarter.label() : quarter.label() + " (first " + months + (months == 1 ? " month)" : " months)");
    }

    private static String tolerance(ReportContent content) {
        Map<String, String> words = ReportWorkbook.placeholders(content);
        return "the larger of " + words.get("abs-tolerance") + " and " + words.get("rel-tolerance") + " of |ledger|";
    }

    static String months(List<YearMonth> months) {
        return months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
    }
}
