package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.INPUT_TEXT;
import static com.revreport.report.xlsx.ColumnKind.INTEGER;
import static com.revreport.report.xlsx.ColumnKind.MONEY;
import static com.revreport.report.xlsx.ColumnKind.TEXT;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.SegmentSummary;
import com.revreport.close.FigureChange;
import com.revreport.close.QuarterClose;
import com.revreport.close.QuarterVersion;
import com.revreport.close.ReportedFigures;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.SheetLayout;
import com.revreport.report.xlsx.TableWriter;
import com.revreport.report.xlsx.TemplatePlaces;

/**
 * The Changes sheet: {@code tblVersions}, every version of the quarter with who signed it off, newest
 * first; under it {@code tblChanges}, every figure that moved since the previous version and the inputs
 * that moved it.
 */
final class ChangesSheet {

    static final String VERSIONS_TABLE = "tblVersions";

    static final List<String> VERSIONS_HEADERS = List.of("Version", "Published", "Signed off by", "Signed off at",
            "Note");

    static final List<ColumnKind> VERSIONS_KINDS = List.of(INTEGER, TEXT, INPUT_TEXT, TEXT, INPUT_TEXT);

    static final String CHANGES_TABLE = "tblChanges";

    static final List<String> CHANGES_HEADERS = List.of("Figure", "Scope", "Period", "Previous", "Current",
            "Difference", "Cause");

    static final List<ColumnKind> CHANGES_KINDS = List.of(TEXT, INPUT_TEXT, TEXT, MONEY, MONEY, MONEY, INPUT_TEXT);

    /** Ratios' changes are often below a tenth of a percent: two decimals show them. */
    private static final String RATIO_FORMAT = "0.00%;[Red]-0.00%";

    private static final String INDEX_FORMAT = "#,##0.00;[Red]-#,##0.00";

    private ChangesSheet() {
    }

    /** @return tblChanges, whose rows the Summary counts */
    static TableWriter write(XSSFWorkbook workbook, QuarterClose close) {
        XSSFSheet sheet = TemplatePlaces.table(workbook, VERSIONS_TABLE).getXSSFSheet();
        SheetLayout.growDown(sheet, VERSIONS_TABLE, close.versions().size());
        TableWriter versions = ReportTemplate.writer(workbook, VERSIONS_TABLE, VERSIONS_HEADERS, VERSIONS_KINDS);
        // the note runs on over the empty cells right of tblVersions, which tblChanges' columns make
        int lastColumn = noteRunsTo(workbook);
        XSSFCellStyle wrapped = workbook.createCellStyle();
        if (versions.style(4) != null) {
            wrapped.cloneStyleFrom(versions.style(4));
        }
        wrapped.setWrapText(true);
        for (QuarterVersion version : close.versions()) {
            versions.next().integer(version.number()).text(QuarterClose.utc(version.published()))
                    .text(blankIfEmpty(version.signedOffBy())).text(blankIfEmpty(version.signedOffAt()));
            versions.runOn(blankIfEmpty(version.notes()), versions.widthTo(lastColumn), wrapped);
        }
        versions.finish();

        TableWriter changes = ReportTemplate.writer(workbook, CHANGES_TABLE, CHANGES_HEADERS, CHANGES_KINDS);
        CellStyle ratio = numberStyle(workbook, changes, RATIO_FORMAT);
        CellStyle index = numberStyle(workbook, changes, INDEX_FORMAT);
        CellStyle quoted = changes.quotedStyle(workbook, 0);
        for (FigureChange change : close.changes()) {
            SegmentSummary.Value value = ReportedFigures.valueOf(change.figure());
            changes.next().text(change.figure()).text(change.scope()).text(change.period());
            for (Object cell : new Object[] { change.previous(), change.current(), change.difference() }) {
                if (cell instanceof BigDecimal number) {
                    switch (value) {
                        case RATIO -> changes.as(ColumnKind.RATIO, ratio);
                        case INDEX -> changes.as(ColumnKind.NUMBER, index);
                        default -> {
                        }
                    }
                    changes.number(number);
                }
                else {
                    // a status, a level or a client's name, which comes from the input: text, however it starts
                    changes.as(ColumnKind.INPUT_TEXT, quoted).text((String) cell);
                }
            }
            changes.paragraph(change.cause());
        }
        changes.caption(close.changesCaption());
        changes.finish();
        return changes;
    }

    /** The last column of tblChanges: a note in tblVersions may run on as far. */
    static int noteRunsTo(XSSFWorkbook workbook) {
        return TemplatePlaces.table(workbook, CHANGES_TABLE).getArea().getLastCell().getCol();
    }

    private static CellStyle numberStyle(XSSFWorkbook workbook, TableWriter table, String format) {
        XSSFCellStyle style = workbook.createCellStyle();
        if (table.style(3) != null) {
            style.cloneStyleFrom(table.style(3));
        }
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static String blankIfEmpty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
