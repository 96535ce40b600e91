package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.INPUT_TEXT;
import static com.revreport.report.xlsx.ColumnKind.MONEY;
import static com.revreport.report.xlsx.ColumnKind.RATIO;
import static com.revreport.report.xlsx.ColumnKind.TEXT;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.close.Explanations;
import com.revreport.analysis.SegmentReconciliation;
import com.revreport.model.Explanation;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.TableWriter;

/** {@code tblReconciliation}: one row per segment and month, plus each segment's quarter row. */
final class ReconciliationSheet {

    static final String TABLE = "tblReconciliation";

    static final List<String> HEADERS = List.of("Segment", "Month", "Billed", "Ledger", "Variance", "Variance %",
            "Status", "Explanation status", "Explanation", "Explained by", "Explained variance");

    static final List<ColumnKind> KINDS = List.of(INPUT_TEXT, TEXT, MONEY, MONEY, MONEY, RATIO, TEXT, TEXT,
            INPUT_TEXT, INPUT_TEXT, MONEY);

    static final int STATUS = 6;

    static final int EXPLANATION_STATUS = 7;

    private ReconciliationSheet() {
    }

    /** @param explanations one per row of {@code rows}, in their order */
    static TableWriter write(XSSFWorkbook workbook, List<SegmentReconciliation> rows, Explanations explanations) {
        TableWriter table = ReportTemplate.writer(workbook, TABLE, HEADERS, KINDS);
        for (int i = 0; i < rows.size(); i++) {
            SegmentReconciliation r = rows.get(i);
            Explanations.Row explained = explanations.row(i);
            Explanation e = explained.explanation();
            // segment names come from the billing and ledger files, so they are guarded like client names; an
            // explanation is input text too, written as text however it starts, and wrapped in its column
            table.next().text(r.segment())
                    .text(r.period()).number(r.billed()).number(r.ledger()).number(r.variance())
                    .number(r.variancePercent()).text(r.status() == null ? null : r.status().name())
                    .text(explained.status() == null ? null : explained.status().name())
                    .paragraph(e == null ? null : e.text()).text(e == null ? null : e.by())
                    .number(e == null ? null : e.variance());
        }
        table.finish();
        return table;
    }
}
