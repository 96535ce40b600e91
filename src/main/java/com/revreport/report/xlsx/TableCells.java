package com.revreport.report.xlsx;

import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Cells of a table in a workbook already written, for an edit that changes a few of them (a sign-off)
 * and leaves every other cell as it was.
 */
public final class TableCells {

    private TableCells() {
    }

    /**
     * The first data row of the table whose cell in {@code column} (0 = the table's first) matches, or null.
     */
    public static XSSFRow rowWhere(XSSFWorkbook workbook, String tableName, int column, Predicate<Cell> matches) {
        XSSFTable table = TemplatePlaces.table(workbook, tableName);
        XSSFSheet sheet = table.getXSSFSheet();
        int col = table.getArea().getFirstCell().getCol() + column;
        for (int r = table.getArea().getFirstCell().getRow() + 1; r <= table.getArea().getLastCell().getRow(); r++) {
            XSSFRow row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(col);
            if (cell != null && cell.getCellType() != CellType.BLANK && matches.test(cell)) {
                return row;
            }
        }
        return null;
    }

    /** The table's column as a sheet column. */
    public static int sheetColumn(XSSFWorkbook workbook, String tableName, int column) {
        return TemplatePlaces.table(workbook, tableName).getArea().getFirstCell().getCol() + column;
    }

    /**
     * Writes text into a cell, keeping its style; with {@code fit}, widens the column to the text as the
     * table's writer would, never narrower than it is.
     */
    public static void text(XSSFRow row, int sheetColumn, String value, boolean fit) {
        XSSFCell cell = row.getCell(sheetColumn) == null ? row.createCell(sheetColumn) : row.getCell(sheetColumn);
        if (value == null) {
            cell.setBlank();
            return;
        }
        cell.setCellValue(CellText.shown(value));
        if (fit) {
            int wanted = Math.min(ColumnWidths.text(value), TableWriter.MAX_WIDTH_CHARS) * 256;
            XSSFSheet sheet = row.getSheet();
            if (sheet.getColumnWidth(sheetColumn) < wanted) {
                sheet.setColumnWidth(sheetColumn, wanted);
            }
        }
    }

    /**
     * Text that runs on into the empty cells right of it up to {@code lastColumn}, as
     * {@link TableWriter#runOn} writes it; too long for them, it wraps in its own column and the row grows.
     */
    public static void runOn(XSSFRow row, int sheetColumn, String value, int lastColumn) {
        text(row, sheetColumn, value, false);
        XSSFSheet sheet = row.getSheet();
        int room = 0;
        for (int c = sheetColumn; c <= lastColumn; c++) {
            room += sheet.getColumnWidth(c) / 256;
        }
        if (value == null || ColumnWidths.text(CellText.shown(value)) <= room) {
            return;
        }
        XSSFCell cell = row.getCell(sheetColumn);
        XSSFCellStyle wrapped = sheet.getWorkbook().createCellStyle();
        wrapped.cloneStyleFrom(cell.getCellStyle());
        wrapped.setWrapText(true);
        cell.setCellStyle(wrapped);
        int width = Math.max(1, sheet.getColumnWidth(sheetColumn) / 256 - 2);
        int lines = (ColumnWidths.text(CellText.shown(value)) - 2 + width - 1) / width;
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * sheet.getDefaultRowHeightInPoints()));
    }
}
