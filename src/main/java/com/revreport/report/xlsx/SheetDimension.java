package com.revreport.report.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/**
 * A worksheet's used range ({@code <dimension>}, which readers use to size their grid) must cover
 * the template's XSSF rows and the streamed rows together: left to themselves, SXSSF counts only
 * the rows it streamed and XSSF only the rows it holds.
 */
public final class SheetDimension {

    private SheetDimension() {
    }

    /** Call after the last row is written; sheets with no streamed rows keep XSSF's own reckoning. */
    public static void coverStreamedRows(SXSSFWorkbook streaming) {
        streaming.setShouldCalculateSheetDimensions(false);
        for (int i = 0; i < streaming.getNumberOfSheets(); i++) {
            cover(streaming.getXSSFWorkbook().getSheetAt(i));
        }
    }

    private static void cover(XSSFSheet sheet) {
        int firstRow = Integer.MAX_VALUE;
        int lastRow = -1;
        int firstCol = Integer.MAX_VALUE;
        int lastCol = -1;
        for (Row row : sheet) {
            if (row.getFirstCellNum() >= 0) {
                firstRow = Math.min(firstRow, row.getRowNum());
                lastRow = Math.max(lastRow, row.getRowNum());
                firstCol = Math.min(firstCol, row.getFirstCellNum());
                lastCol = Math.max(lastCol, row.getLastCellNum() - 1);
            }
        }
        boolean streamed = false;
        // every streamed cell lies in a table, and every table row has a cell in every column
        for (XSSFTable table : sheet.getTables()) {
            AreaReference area = table.getArea();
            if (area.getLastCell().getRow() > sheet.getLastRowNum()) {
                streamed = true;
            }
            firstRow = Math.min(firstRow, area.getFirstCell().getRow());
            lastRow = Math.max(lastRow, area.getLastCell().getRow());
            firstCol = Math.min(firstCol, area.getFirstCell().getCol());
            lastCol = Math.max(lastCol, area.getLastCell().getCol());
        }
        if (streamed) {
            sheet.setDimensionOverride(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
    }
}
