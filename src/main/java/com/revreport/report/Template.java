package com.revreport.report;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.xmlbeans.XmlCursor;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How the code finds its places in the template: by sheet name, table name and defined name,
 * never by coordinates, so the template can be rearranged and restyled in Excel.
 */
final class Template {

    /** The sheets of spec section 4, in the order the workbook must have them. */
    static final List<String> SHEETS = List.of("Summary", "Reconciliation", "Concentration", "Growth", "Clients",
            "Rejects", "Run");

    /** Every table the code fills, by sheet; the template must hold each of them. */
    static final List<String> TABLES = List.of(SummarySheet.TABLE, SegmentsTable.TABLE, ExceptionsTable.TABLE,
            ReconciliationSheet.TABLE, ConcentrationSheet.SUMMARY_TABLE, ConcentrationSheet.TABLE, GrowthSheet.TABLE,
            GrowthSheet.MONTHLY_TABLE, ClientsSheet.TABLE, RejectsSheet.TABLE, RunSheet.TABLE);

    private Template() {
    }

    /** Fails early, naming what is wrong, rather than writing a workbook that breaks its readers. */
    static void check(XSSFWorkbook workbook) {
        for (int i = 0; i < SHEETS.size(); i++) {
            String actual = i < workbook.getNumberOfSheets() ? workbook.getSheetName(i) : null;
            if (!SHEETS.get(i).equals(actual)) {
                throw new IllegalStateException("template sheet " + (i + 1) + " must be '" + SHEETS.get(i)
                        + "' but is '" + actual + "'");
            }
        }
        TABLES.forEach(name -> table(workbook, name));
    }

    /**
     * Replaces each {@code {placeholder}} in the template's own texts (cells, page footers and headers,
     * chart titles) by its value, so the template words a title as it likes and the code only supplies
     * the values that depend on the run: {@code {currency}}, {@code {quarter}}, the thresholds.
     */
    static void fillPlaceholders(XSSFWorkbook workbook, Map<String, String> values) {
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

    static XSSFTable table(XSSFWorkbook workbook, String name) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (XSSFTable table : workbook.getSheetAt(i).getTables()) {
                if (name.equalsIgnoreCase(table.getName())) {
                    return table;
                }
            }
        }
        throw new IllegalStateException("template has no table named " + name);
    }

    /**
     * Writes text into the cell a defined name points at, keeping that cell's style. Such cells are
     * optional decoration (sub-titles), so a name the user removed is skipped, not an error.
     */
    static void writeNamed(XSSFWorkbook workbook, String name, String text) {
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
        cell.setCellValue(text);
    }
}
