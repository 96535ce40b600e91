package com.revreport.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Copies of the shipped template as a user might leave them, for the tests of the template check. */
public final class TemplateCopies {

    public static final Path SHIPPED = Path.of("templates", "quarterly-report.xlsx").toAbsolutePath();

    private TemplateCopies() {
    }

    /**
     * The template as restyled before a version added this table: the table is gone (renamed, so no
     * reader of the workbook finds it, as when it never existed).
     */
    public static Path withoutTable(String table, Path copy) throws IOException {
        try (InputStream in = Files.newInputStream(SHIPPED); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                for (XSSFTable t : wb.getSheetAt(i).getTables()) {
                    if (t.getName().equals(table)) {
                        t.setName("tblUserNotes");
                        t.setDisplayName("tblUserNotes");
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        return copy;
    }

    /** A file named like a workbook that is not one (a CSV saved under the template's name). */
    public static Path notAWorkbook(Path copy) throws IOException {
        return Files.writeString(copy, "Metric,Value\nQuarter,FY2024-Q3\n");
    }
}
