package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.INPUT_TEXT;
import static com.revreport.report.xlsx.ColumnKind.MONEY;
import static com.revreport.report.xlsx.ColumnKind.RATIO;
import static com.revreport.report.xlsx.ColumnKind.TEXT;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.SegmentReconciliation;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.TableWriter;

/** {@code tblReconciliation}: one row per segment and month, plus each segment's quarter row. */
final class ReconciliationSheet {

    static final String TABLE = "tblReconciliation";

    static final List<String> HEADERS = List.of("Segment", "Month", "Billed", "Ledger", "Variance", "Variance %",
            "Status");

    static final List<ColumnKind> KINDS = List.of(INPUT_TEXT, TEXT, MONEY, MONEY, MONEY, RATIO, TEXT);

    static final int STATUS = 6;

    private ReconciliationSheet() {
    }

    static TableWriter write(XSSFWorkbook workbook, List<SegmentReconciliation> rows) {
        TableWriter table = ReportTemplate.writer(workbook, TABLE, HEADERS, KINDS);
        for (SegmentReconciliation r : rows) {
            // segment names come from the billing and ledger files, so they are guarded like client names
            table.next().text(r.segment())
                    .text(r.period()).number(r.billed()).number(r.ledger()).number(r.variance())
                    .number(r.variancePercent()).text(r.status() == null ? null : r.status().name());
        }
        table.finish();
        return table;
    }
}
