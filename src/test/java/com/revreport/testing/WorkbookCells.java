package com.revreport.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Every cell of a workbook's sheets as text, to compare two runs cell by cell. */
public final class WorkbookCells {

    private WorkbookCells() {
    }

    private static final java.util.regex.Pattern PUBLISHED_AT = java.util.regex.Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    /**
     * Cells of every sheet but {@code Run}, whose run id, times and paths differ by nature between runs, and
     * but the times of the Changes sheet.
     */
    public static List<String> figures(Path workbook) throws IOException {
        List<String> cells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                if (sheet.getSheetName().equals("Run")) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = switch (cell.getCellType()) {
                            case NUMERIC -> Double.toString(cell.getNumericCellValue());
                            case FORMULA -> cell.getCellFormula() + " = " + switch (cell.getCachedFormulaResultType()) {
                                case NUMERIC -> Double.toString(cell.getNumericCellValue());
                                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                                default -> cell.getStringCellValue();
                            };
                            default -> formatter.formatCellValue(cell);
                        };
                        // when a version was published or signed off differs between runs by nature, as on Run
                        if (!value.isEmpty() && !PUBLISHED_AT.matcher(value).find()) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + value);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
