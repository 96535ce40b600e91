package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.INPUT_TEXT;
import static com.revreport.report.xlsx.ColumnKind.MONEY;
import static com.revreport.report.xlsx.ColumnKind.RATIO;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.revreport.analysis.ClientRevenue;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.TableWriter;

/** {@code tblClients}: every client and segment with its months, quarter and comparisons. */
final class ClientsSheet {

    static final String TABLE = "tblClients";

    static final List<String> HEADERS = List.of("Client ID", "Client", "Segment", "Month 1", "Month 2", "Month 3",
            "Quarter", "Prior quarter", "QoQ", "Prior year quarter", "YoY");

    static final List<ColumnKind> KINDS = List.of(INPUT_TEXT, INPUT_TEXT, INPUT_TEXT, MONEY, MONEY, MONEY, MONEY,
            MONEY, RATIO, MONEY, RATIO);

    /** How many rows print, the largest first; the rest stay in the table, filtered out. */
    static final int PRINTED = 25;

    static final int QUARTER = 6;

    private ClientsSheet() {
    }

    /** Largest first, as a reader scans it; ties by client id and segment, so two runs list alike. */
    private static final Comparator<ClientRevenue> READING_ORDER = Comparator
            .comparing(ClientRevenue::quarter, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ClientRevenue::clientId).thenComparing(ClientRevenue::segment);

    /**
     * A row per client and segment: streamed, it can pass 100,000 rows. A row that is zero in every
     * period shown (billed only lines that cancel out) adds nothing to any column's total and is left out.
     */
    static void write(SXSSFWorkbook workbook, List<ClientRevenue> clients) {
        TableWriter table = ReportTemplate.streamedWriter(workbook, TABLE, HEADERS, KINDS, 0);
        List<ClientRevenue> shown = clients.stream().filter(ClientsSheet::anyRevenue).sorted(READING_ORDER).toList();
        for (int i = 0; i < shown.size(); i++) {
            ClientRevenue c = shown.get(i);
            table.next();
            if (i >= PRINTED) {
                table.hidden();
            }
            table.text(c.clientId()).text(c.clientName()).text(c.segment()).number(month(c, 0))
                    .number(month(c, 1)).number(month(c, 2)).number(c.quarter()).number(c.priorQuarter())
                    .number(c.qoq()).number(c.priorYearQuarter()).number(c.yoy());
        }
        table.finish();
        if (shown.size() > PRINTED) {
            // Excel's Top 10 filter on Quarter keeps the same rows as the hidden ones, the order being by Quarter
            table.filterTop(QUARTER, PRINTED);
            table.caption(PrintedRows.caption("Every client and segment, largest quarter first",
                    "the " + PRINTED + " largest", shown.size()));
        }
    }

    private static boolean anyRevenue(ClientRevenue c) {
        List<BigDecimal> periods = new ArrayList<>(c.months() == null ? List.of() : c.months());
        periods.addAll(Arrays.asList(c.quarter(), c.priorQuarter(), c.priorYearQuarter()));
        return periods.stream().anyMatch(p -> p != null && p.signum() != 0);
    }

    /** A month outside a QTD range is null (or absent): a blank cell, not a zero. */
    private static BigDecimal month(ClientRevenue c, int index) {
        List<BigDecimal> months = c.months();
        return months != null && index < months.size() ? months.get(index) : null;
    }
}
