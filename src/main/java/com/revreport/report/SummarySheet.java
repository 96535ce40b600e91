package com.revreport.report;

import static com.revreport.report.ColumnKind.MONEY;
import static com.revreport.report.ColumnKind.RATIO;
import static com.revreport.report.ColumnKind.TEXT;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.ClientShare;
import com.revreport.analysis.ConcentrationScope;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.ReportPeriod;
import com.revreport.analysis.ScopeGrowth;

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

    static void write(XSSFWorkbook workbook, QuarterFigures figures, int rejects, TableWriter reconciliation,
            TableWriter concentrationSummary) {
        CellStyle money = reconciliation.style(2);
        CellStyle ratio = reconciliation.style(5);
        CellStyle count = concentrationSummary.style(1);
        CellStyle number = concentrationSummary.style(6);
        TableWriter table = new TableWriter(workbook, TABLE, HEADERS, KINDS);
        CellStyle quoted = table.quotedStyle(workbook, 1);
        ReportPeriod period = figures.period();

        table.next().text("Quarter").text(period.quarter().label());
        table.next().text("Coverage").text(period.complete() ? "Complete quarter"
                : "Quarter to date (" + period.months().size() + " of 3 months)");
        table.next().text("Months").text(months(period.months()));
        table.next().text("Missing months").text(period.missingMonths().isEmpty() ? "None"
                : months(period.missingMonths()));
        table.next().text("Reporting currency").text(figures.reportingCurrency());

        Optional<ScopeGrowth> growth = figures.growth().stream().filter(g -> Scopes.isAll(g.scope())).findFirst();
        table.next().text("Total revenue (All segments)").as(MONEY, money)
                .number(growth.map(ScopeGrowth::revenue).orElse(null));

        CellRangeAddress status = reconciliation.columnRange(ReconciliationSheet.STATUS, 0,
                reconciliation.rowsWritten());
        String range = status.formatAsString(reconciliation.sheet().getSheetName(), true);
        for (ReconciliationStatus s : ReconciliationStatus.values()) {
            table.next().text("Reconciliation rows " + s.name()).as(TEXT, count)
                    .formula("COUNTIF(" + range + ",\"" + s.name() + "\")", 6);
        }
        // every non-blank status is MATCHED; an empty reconciliation has nothing unmatched
        table.next().text(CHECK_METRIC).formula("IF(COUNTIF(" + range + ",\"MATCHED\")=COUNTA(" + range
                + "),\"Yes\",\"No\")", 4);

        Optional<ConcentrationScope> all = figures.concentration().stream().filter(c -> Scopes.isAll(c.scope()))
                .findFirst();
        Optional<ClientShare> top = all.flatMap(c -> c.clients().stream().findFirst());
        table.next().text("Top client (All segments)").as(ColumnKind.INPUT_TEXT, quoted)
                .text(top.map(ClientShare::clientName).orElse(null));
        table.next().text("Top client share (All segments)").as(RATIO, ratio)
                .number(top.map(ClientShare::share).orElse(null));
        table.next().text("HHI (All segments)").as(ColumnKind.NUMBER, number)
                .number(all.map(ConcentrationScope::hhi).orElse(null));
        table.next().text("Concentration level (All segments)")
                .text(all.map(c -> c.level() == null ? null : c.level().name()).orElse(null));
        table.next().text("QoQ (All segments)").as(RATIO, ratio).number(growth.map(ScopeGrowth::qoq).orElse(null));
        table.next().text("YoY (All segments)").as(RATIO, ratio).number(growth.map(ScopeGrowth::yoy).orElse(null));
        table.next().text("Rejected billing rows").as(ColumnKind.INTEGER, count).integer(rejects);
        table.finish();

        Template.writeNamed(workbook, "ReportPeriod", period.fileLabel() + " \u00b7 " + months(period.months())
                + " \u00b7 " + figures.reportingCurrency());
    }

    static String months(List<YearMonth> months) {
        return months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
    }
}
