package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.INPUT_TEXT;
import static com.revreport.report.xlsx.ColumnKind.INTEGER;
import static com.revreport.report.xlsx.ColumnKind.MONEY;
import static com.revreport.report.xlsx.ColumnKind.NUMBER;
import static com.revreport.report.xlsx.ColumnKind.RATIO;
import static com.revreport.report.xlsx.ColumnKind.TEXT;

import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.revreport.analysis.ClientShare;
import com.revreport.analysis.ConcentrationScope;
import com.revreport.report.xlsx.ChartRanges;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.SheetLayout;
import com.revreport.report.xlsx.TableWriter;

/**
 * {@code tblConcentration} (every client of every scope, All segments first so the chart's rows
 * are the table's first rows), {@code tblConcentrationSummary} and the top-clients chart.
 */
final class ConcentrationSheet {

    static final String TABLE = "tblConcentration";

    static final List<String> HEADERS = List.of("Scope", "Rank", "Client ID", "Client", "Revenue", "Share",
            "Cumulative share", "Major customer", "Share change");

    /** Share change is in percentage points (docs/finance-guide.md): the difference of two shares, times 100. */
    static final List<ColumnKind> KINDS = List.of(INPUT_TEXT, INTEGER, INPUT_TEXT, INPUT_TEXT, MONEY, RATIO, RATIO,
            TEXT, NUMBER);

    static final String SUMMARY_TABLE = "tblConcentrationSummary";

    static final List<String> SUMMARY_HEADERS = List.of("Scope", "Clients", "Revenue", "Top 1 share",
            "Top 5 share", "Top 10 share", "HHI", "Level");

    static final List<ColumnKind> SUMMARY_KINDS = List.of(INPUT_TEXT, INTEGER, MONEY, RATIO, RATIO, RATIO, NUMBER,
            TEXT);

    /** How many of the All segments clients the chart shows. */
    static final int TOP = 10;

    /** How many clients of each scope print; the rest stay in the table, filtered out. */
    static final int PRINTED = 25;

    static final int RANK = 1;

    static final int CLIENT = 3;

    static final int SHARE = 5;

    private ConcentrationSheet() {
    }

    /** @return the summary table, whose styles the Summary sheet borrows */
    static TableWriter write(SXSSFWorkbook workbook, List<ConcentrationScope> scopes) {
        List<ConcentrationScope> ordered = Scopes.allSegmentsFirst(scopes, ConcentrationScope::scope);
        TableWriter summary = ReportTemplate.writer(workbook.getXSSFWorkbook(), SUMMARY_TABLE, SUMMARY_HEADERS,
                SUMMARY_KINDS);
        // the summary and the chart come first, so they print first; the long list follows them, and as
        // streamed rows can only follow the rows the sheet already has, it is placed and written last
        SheetLayout.growDown(summary.sheet(), SUMMARY_TABLE, ordered.size());
        // a row per client per scope, so it streams; the chart's rows stay readable
        TableWriter clients = ReportTemplate.streamedWriter(workbook, TABLE, HEADERS, KINDS, TOP);
        for (ConcentrationScope s : ordered) {
            summary.next().text(s.scope()).integer(s.clients().size()).number(s.revenue()).number(s.top1Share())
                    .number(s.top5Share()).number(s.top10Share()).number(s.hhi())
                    .text(s.level() == null ? null : s.level().name());
        }
        summary.finish();

        int listed = 0;
        for (ConcentrationScope scope : ordered) {
            for (ClientShare c : scope.clients()) {
                listed++;
                clients.next();
                if (c.rank() > PRINTED) {
                    clients.hidden();
                }
                clients.text(scope.scope()).integer(c.rank()).text(c.clientId()).text(c.clientName())
                        .number(c.revenue()).number(c.share()).number(c.cumulativeShare())
                        .text(c.majorCustomer() ? "Yes" : "No")
                        .number(c.shareChange() == null ? null : c.shareChange().movePointRight(2));
            }
        }
        clients.finish();
        if (listed > ordered.stream().mapToLong(s -> Math.min(PRINTED, s.clients().size())).sum()) {
            clients.filterAtMost(RANK, PRINTED);
            clients.caption(PrintedRows.caption("Every client of every scope, All segments first",
                    "the top " + PRINTED + " of each scope", listed));
        }

        int top = ordered.stream().filter(s -> Scopes.isAll(s.scope())).findFirst()
                .map(s -> Math.min(TOP, s.clients().size())).orElse(0);
        ChartRanges.repoint(clients.sheet(), clients.columnRange(CLIENT, 0, top), clients.columnRange(SHARE, 0, top));
        return summary;
    }
}
