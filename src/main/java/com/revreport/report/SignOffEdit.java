package com.revreport.report;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.close.QuarterVersion;
import com.revreport.report.xlsx.TableCells;
import com.revreport.report.xlsx.TemplatePlaces;

/**
 * A sign-off written into a published workbook: the Summary's {@code Signed off} and the version's row of
 * tblVersions, every other cell as it was. The figures are the ones reviewed, so they are not recomputed
 * (a sign-off reads no input, and the store may hold months loaded since).
 */
final class SignOffEdit {

    private SignOffEdit() {
    }

    /**
     * @param version the version signed off, with every sign-off it has
     * @param signedOff the Summary's {@code Signed off} text
     * @throws IllegalStateException when the workbook has no row for the version (made by hand, or by
     *         another store)
     */
    static void apply(XSSFWorkbook workbook, QuarterVersion version, String signedOff) {
        XSSFRow metric = TableCells.rowWhere(workbook, SummarySheet.TABLE, 0,
                cell -> cell.getCellType() == CellType.STRING && SummarySheet.SIGNED_OFF_METRIC.equals(
                        cell.getStringCellValue()));
        XSSFRow row = TableCells.rowWhere(workbook, ChangesSheet.VERSIONS_TABLE, 0,
                cell -> cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == version.number());
        if (metric == null || row == null) {
            throw new IllegalStateException("the workbook has no " + (metric == null ? "'" + SummarySheet.SIGNED_OFF_METRIC
                    + "' metric" : "row of version " + version.number() + " in " + ChangesSheet.VERSIONS_TABLE));
        }
        int lastColumn = TemplatePlaces.table(workbook, SegmentsTable.TABLE).getArea().getLastCell().getCol();
        TableCells.runOn(metric, TableCells.sheetColumn(workbook, SummarySheet.TABLE, 1), signedOff, lastColumn);
        TableCells.text(row, TableCells.sheetColumn(workbook, ChangesSheet.VERSIONS_TABLE, 2), version.signedOffBy(),
                true);
        TableCells.text(row, TableCells.sheetColumn(workbook, ChangesSheet.VERSIONS_TABLE, 3), version.signedOffAt(),
                true);
        String notes = version.notes().isEmpty() ? null : version.notes();
        TableCells.runOn(row, TableCells.sheetColumn(workbook, ChangesSheet.VERSIONS_TABLE, 4), notes,
                ChangesSheet.noteRunsTo(workbook));
    }
}
