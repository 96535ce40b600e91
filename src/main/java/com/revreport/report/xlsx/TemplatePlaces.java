package com.revreport.report.xlsx;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;

/**
 * How the code finds its places in the template: by sheet name, table name and defined name,
 * never by coordinates, so the template can be rearranged and restyled in Excel.
 */
public final class TemplatePlaces {

    private TemplatePlaces() {
    }

    /**
     * Replaces each {@code {placeholder}} in the template's own texts (cells, page footers and headers,
     * chart titles) by its value, so the template words a title as it likes and the code only supplies
     * the values that depend on the run: {@code {currency}}, {@code {quarter}}, the thresholds.
     */
    public static void fillPlaceholders(XSSFWorkbook workbook, Map<String, String> values) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().indexOf('{') >= 0) {
                        cell.setCellValue(fill(cell.getStringCellValue(), values));
                    }
                }
            }
            for (HeaderFooter part : List.of(sheet.getOddFooter(), sheet.getOddHeader())) {
                part.setLeft(fill(part.getLeft(), values));
                part.setCenter(fill(part.getCenter(), values));
                part.setRight(fill(part.getRight(), values));
            }
            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            for (XSSFChart chart : drawing == null ? List.<XSSFChart>of() : drawing.getCharts()) {
                try (XmlCursor text = chart.getCTChart().newCursor()) {
                    text.selectPath("declare namespace a='http://schemas.openxmlformats.org/drawingml/2006/main' .//a:t");
                    while (text.toNextSelection()) {
                        text.setTextValue(fill(text.getTextValue(), values));
                    }
                }
            }
        }
    }

    private static String fill(String text, Map<String, String> values) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    /** The first columns of a table must be headed as the workbook needs; more may follow. */
    public static void checkHeaders(String table, List<String> expected, IntFunction<String> actual) {
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.apply(i))) {
                throw new TemplateException("has table " + table + " with column " + (i + 1) + " headed '"
                        + actual.apply(i) + "' where the workbook needs '" + expected.get(i) + "'");
            }
        }
    }

    public static TemplateException noTable(String name) {
        return new TemplateException("has no table named " + name);
    }

    public static XSSFTable table(XSSFWorkbook workbook, String name) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (XSSFTable table : workbook.getSheetAt(i).getTables()) {
                if (name.equalsIgnoreCase(table.getName())) {
                    return table;
                }
            }
        }
        throw noTable(name);
    }

    /**
     * Writes text into the cell a defined name points at, keeping that cell's style. Such cells are
     * optional decoration (sub-titles), so a name the user removed is skipped, not an error.
     */
    public static void writeNamed(XSSFWorkbook workbook, String name, String text) {
        Name defined = workbook.getName(name);
        if (defined == null || defined.getRefersToFormula() == null) {
            return;
        }
        CellReference ref = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion())
                .getFirstCell();
        XSSFSheet sheet = workbook.getSheet(ref.getSheetName());
        if (sheet == null) {
            return;
        }
        XSSFRow row = sheet.getRow(ref.getRow());
        if (row == null) {
            row = sheet.createRow(ref.getRow());
        }
        XSSFCell cell = row.getCell(ref.getCol());
        if (cell == null) {
            cell = row.createCell(ref.getCol());
        }
        cell.setCellValue(CellText.shown(text));
    }
}
