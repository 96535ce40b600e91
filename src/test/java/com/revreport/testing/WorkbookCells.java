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

    /** Cells of every sheet but {@code Run}, whose run id, times and paths differ by nature between runs. */
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
                        if (!value.isEmpty()) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + value);
                        }
                    }
                }
            }
        }
        return cells;
    }
}
