package com.revreport.report.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Where a table's rows live. An XSSF cell is a tree of XMLBeans objects, costly to create and again to
 * save, so a table of many thousands of rows is slow (docs/benchmarks.md); SXSSF streams rows to a temporary
 * file instead, but can only append below the rows the sheet already has. So rows the template
 * already has (title, header, prototype row, a neighbouring table's rows) and the first few data
 * rows a chart reads back stay XSSF, and every row below them streams.
 */
final class TableRows {

    private final XSSFSheet sheet;

    /** Null on a small sheet: every row is XSSF, so formulas and charts can read them all. */
    private final SXSSFSheet stream;

    private final int keepUpTo;

    /** Rows up to here are XSSF; decided at the first row, after any other table on the sheet was written. */
    private int lastXssfRow = -1;

    private TableRows(XSSFSheet sheet, SXSSFSheet stream, int keepUpTo) {
        this.sheet = sheet;
        this.stream = stream;
        this.keepUpTo = keepUpTo;
    }

    static TableRows inMemory(XSSFSheet sheet) {
        return new TableRows(sheet, null, -1);
    }

    /** @param keepUpTo the last sheet row that must stay readable through XSSF (e.g. a chart's data) */
    static TableRows streamed(SXSSFWorkbook workbook, XSSFSheet sheet, int keepUpTo) {
        return new TableRows(sheet, workbook.getSheet(sheet.getSheetName()), keepUpTo);
    }

    /** The sheet row, created if absent; rows must be asked for top down. */
    Row row(int index) {
        if (lastXssfRow < 0) {
            lastXssfRow = Math.max(sheet.getLastRowNum(), keepUpTo);
        }
        if (stream == null || index <= lastXssfRow) {
            Row row = sheet.getRow(index);
            return row != null ? row : sheet.createRow(index);
        }
        Row row = stream.getRow(index);
        return row != null ? row : stream.createRow(index);
    }
}
