package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.INPUT_TEXT;
import static com.revreport.report.xlsx.ColumnKind.MONEY;
import static com.revreport.report.xlsx.ColumnKind.NUMBER;
import static com.revreport.report.xlsx.ColumnKind.RATIO;
import static com.revreport.report.xlsx.ColumnKind.TEXT;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.SegmentSummary;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.TableWriter;

/**
 * {@code tblSegments} on the Summary: each segment of the quarter's reconciliation, then All segments,
 * with its growth, its quarter reconciliation and its concentration, each figure the one of the table
 * it summarises, so the Summary never disagrees with the sheet behind it.
 */
final class SegmentsTable {

    static final String TABLE = "tblSegments";

    static final List<String> HEADERS = SegmentSummary.Column.headers();

    static final List<ColumnKind> KINDS = List.of(INPUT_TEXT, MONEY, RATIO, RATIO, MONEY, MONEY, MONEY, TEXT,
            INPUT_TEXT, RATIO, NUMBER, TEXT);

    private SegmentsTable() {
    }

    static void write(XSSFWorkbook workbook, List<SegmentSummary> rows) {
        TableWriter table = ReportTemplate.writer(workbook, TABLE, HEADERS, KINDS);
        for (SegmentSummary r : rows) {
            table.next();
            for (SegmentSummary.Column column : SegmentSummary.Column.values()) {
                Object value = r.cell(column);
                if (KINDS.get(column.ordinal()) == MONEY || KINDS.get(column.ordinal()) == RATIO
                        || KINDS.get(column.ordinal()) == NUMBER) {
                    table.number((BigDecimal) value);
                }
                else {
                    table.text((String) value);
                }
            }
        }
        table.finish();
    }
}
