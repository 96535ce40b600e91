package com.revreport.report;

import java.util.List;

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

    private Template() {
    }

    /** Fails early, naming what is wrong, rather than writing a workbook that breaks its readers. */
    static void check(XSSFWorkbook workbook) {
        for (int i = 0; i < SHEETS.size(); i++) {
            String actual = i < workbook.getNumberOfSheets() ? workbook.getSheetName(i) : null;
            if (!SHEETS.get(i).equals(actual)) {
                throw new TemplateException("must have sheet " + (i + 1) + " named '" + SHEETS.get(i)
                        + "' but it is '" + actual + "'");
            }
        }
    }

    static XSSFTable table(XSSFWorkbook workbook, String name) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (XSSFTable table : workbook.getSheetAt(i).getTables()) {
                if (name.equalsIgnoreCase(table.getName())) {
                    return table;
                }
            }
        }
        throw new TemplateException("has no table named " + name);
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
        cell.setCellValue(CellText.shown(text));
    }
}
