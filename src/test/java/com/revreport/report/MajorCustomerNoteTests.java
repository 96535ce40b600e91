package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/finance-guide.md: in a segment scope the major-customer flag is a segment-level signal, and the sheet says so. */
class MajorCustomerNoteTests {

    @TempDir
    Path out;

    @Test
    void concentrationSheetSaysTheFlagIsTheDisclosureTestOnlyForAllSegments() throws Exception {
        Path file = new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(), out);

        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = ReportFixtures.open(file)) {
            for (Row row : workbook.getSheet("Concentration")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("All segments", "ASC 280", "IFRS 8",
                "segment-level"));
    }
}
