package com.revreport.testing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A table of a written workbook, read back by its name: one map a row, header text to cell value. */
public final class WorkbookTables {

    private WorkbookTables() {
    }

    public static List<Map<String, Object>> rows(Path workbook, String tableName) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFTable table = book.getTable(tableName);
            XSSFSheet sheet = table.getXSSFSheet();
            int first = table.getStartCellReference().getRow();
            int last = table.getEndCellReference().getRow();
            int left = table.getStartCellReference().getCol();
            int right = table.getEndCellReference().getCol();
            List<String> headers = new ArrayList<>();
            for (int c = left; c <= right; c++) {
                headers.add(sheet.getRow(first).getCell(c).getStringCellValue());
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int r = first + 1; r <= last; r++) {
                Row row = sheet.getRow(r);
                Map<String, Object> values = new LinkedHashMap<>();
                for (int c = left; c <= right; c++) {
                    values.put(headers.get(c - left), value(row == null ? null : row.getCell(c)));
                }
                rows.add(values);
            }
            return rows;
        }
    }

    /** The row whose {@code column} holds {@code value}, and {@code column2} {@code value2}. */
    public static Map<String, Object> row(List<Map<String, Object>> rows, String column, Object value, String column2,
            Object value2) {
        return rows.stream().filter(r -> value.equals(r.get(column)) && value2.equals(r.get(column2))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + "=" + value + ", " + column2 + "="
                        + value2 + " in " + rows));
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> cell.getStringCellValue();
        };
    }
}
