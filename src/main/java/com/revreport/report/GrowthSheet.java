package com.revreport.report;

import static com.revreport.report.ColumnKind.INPUT_TEXT;
import static com.revreport.report.ColumnKind.INTEGER;
import static com.revreport.report.ColumnKind.MONEY;
import static com.revreport.report.ColumnKind.RATIO;
import static com.revreport.report.ColumnKind.TEXT;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.MonthlyRevenue;
import com.revreport.analysis.ScopeGrowth;

/** {@code tblGrowth}, {@code tblMonthly} (All segments first, for the chart) and the monthly revenue chart. */
final class GrowthSheet {

    static final String TABLE = "tblGrowth";

    static final List<String> HEADERS = List.of("Scope", "Revenue", "Prior quarter", "QoQ", "Prior year quarter",
            "YoY", "Run-rate", "New clients", "Churned clients", "NRR", "GRR");

    static final List<ColumnKind> KINDS = List.of(INPUT_TEXT, MONEY, MONEY, RATIO, MONEY, RATIO, MONEY, INTEGER,
            INTEGER, RATIO, RATIO);

    static final String MONTHLY_TABLE = "tblMonthly";

    static final List<String> MONTHLY_HEADERS = List.of("Scope", "Month", "Revenue");

    static final List<ColumnKind> MONTHLY_KINDS = List.of(INPUT_TEXT, TEXT, MONEY);

    private GrowthSheet() {
    }

    static void write(XSSFWorkbook workbook, List<ScopeGrowth> growth, List<MonthlyRevenue> monthly) {
        TableWriter table = new TableWriter(workbook, TABLE, HEADERS, KINDS);
        for (ScopeGrowth g : Scopes.allSegmentsFirst(growth, ScopeGrowth::scope)) {
            table.next().text(g.scope()).number(g.revenue()).number(g.priorQuarter()).number(g.qoq())
                    .number(g.priorYearQuarter()).number(g.yoy()).number(g.runRate()).integer(g.newClients())
                    .integer(g.churnedClients()).number(g.nrr()).number(g.grr());
        }
        table.finish();

        TableWriter months = new TableWriter(workbook, MONTHLY_TABLE, MONTHLY_HEADERS, MONTHLY_KINDS);
        int chartRows = 0;
        for (MonthlyRevenue m : Scopes.allSegmentsFirst(monthly, MonthlyRevenue::scope)) {
            months.next().text(m.scope()).text(m.month() == null ? null : m.month().toString()).number(m.revenue());
            if (Scopes.isAll(m.scope())) {
                chartRows++;
            }
        }
        months.finish();
        ChartRanges.repoint(months.sheet(), months.columnRange(1, 0, chartRows), months.columnRange(2, 0, chartRows));
    }
}
