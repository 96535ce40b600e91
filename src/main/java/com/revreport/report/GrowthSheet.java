package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.INPUT_TEXT;
import static com.revreport.report.xlsx.ColumnKind.INTEGER;
import static com.revreport.report.xlsx.ColumnKind.MONEY;
import static com.revreport.report.xlsx.ColumnKind.NUMBER;
import static com.revreport.report.xlsx.ColumnKind.RATIO;
import static com.revreport.report.xlsx.ColumnKind.TEXT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellRangeAddress;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.MonthlyRevenue;
import com.revreport.analysis.ScopeGrowth;
import com.revreport.report.xlsx.ChartRanges;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.SheetLayout;
import com.revreport.report.xlsx.TableWriter;

/**
 * {@code tblGrowth}, the monthly revenue chart under it and {@code tblMonthly} (All segments first, for the
 * chart) under that.
 */
final class GrowthSheet {

    static final String TABLE = "tblGrowth";

    static final List<String> HEADERS = List.of("Scope", "Revenue", "Prior quarter", "QoQ", "Prior year quarter",
            "YoY", "Run-rate", "New clients", "Churned clients", "NRR", "GRR", "QoQ constant currency",
            "YoY constant currency", "FX effect QoQ", "FX effect YoY");

    /** The FX effects are percentage points, numbers such as -5.00, formatted so by the template. */
    static final List<ColumnKind> KINDS = List.of(INPUT_TEXT, MONEY, MONEY, RATIO, MONEY, RATIO, MONEY, INTEGER,
            INTEGER, RATIO, RATIO, RATIO, RATIO, NUMBER, NUMBER);

    static final String MONTHLY_TABLE = "tblMonthly";

    static final List<String> MONTHLY_HEADERS = List.of("Scope", "Month", "Revenue");

    static final List<ColumnKind> MONTHLY_KINDS = List.of(INPUT_TEXT, TEXT, MONEY);

    private GrowthSheet() {
    }

    /** @return per segment (All segments left out), in name order, its months and revenue in tblMonthly */
    static Map<String, CellRangeAddress[]> write(XSSFWorkbook workbook, List<ScopeGrowth> growth,
            List<MonthlyRevenue> monthly) {
        TableWriter table = ReportTemplate.writer(workbook, TABLE, HEADERS, KINDS);
        // the growth table and the chart come first, so they print first; the monthly list follows
        SheetLayout.growDown(table.sheet(), TABLE, growth.size());
        for (ScopeGrowth g : Scopes.allSegmentsFirst(growth, ScopeGrowth::scope)) {
            table.next().text(g.scope()).number(g.revenue()).number(g.priorQuarter()).number(g.qoq())
                    .number(g.priorYearQuarter()).number(g.yoy()).number(g.runRate()).integer(g.newClients())
                    .integer(g.churnedClients()).number(g.nrr()).number(g.grr()).number(g.qoqConstantCurrency())
                    .number(g.yoyConstantCurrency()).number(g.fxEffectQoq()).number(g.fxEffectYoy());
        }
        table.finish();

        TableWriter months = ReportTemplate.writer(workbook, MONTHLY_TABLE, MONTHLY_HEADERS, MONTHLY_KINDS);
        int chartRows = 0;
        Map<String, int[]> segmentRows = new TreeMap<>();
        for (MonthlyRevenue m : Scopes.allSegmentsFirst(monthly, MonthlyRevenue::scope)) {
            int row = months.rowsWritten();
            months.next().text(m.scope()).text(m.month() == null ? null : m.month().toString()).number(m.revenue());
            if (Scopes.isAll(m.scope())) {
                chartRows++;
            } else {
                // each scope's months come together, oldest first
                segmentRows.computeIfAbsent(m.scope(), s -> new int[] { row, 0 })[1]++;
            }
        }
        months.finish();
        ChartRanges.repoint(months.sheet(), months.columnRange(1, 0, chartRows), months.columnRange(2, 0, chartRows));
        if (segmentRows.isEmpty()) {
            // nothing billed: the Summary's chart keeps one series, on the table's blank row
            segmentRows.put("No segment", new int[] { 0, 0 });
        }
        Map<String, CellRangeAddress[]> series = new LinkedHashMap<>();
        segmentRows.forEach((segment, rows) -> series.put(segment, new CellRangeAddress[] {
            months.columnRange(1, rows[0], rows[1]), months.columnRange(2, rows[0], rows[1]) }));
        return series;
    }
}
