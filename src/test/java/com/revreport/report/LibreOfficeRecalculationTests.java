package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the workbook in another spreadsheet program and lets it recalculate: its totals must
 * equal the values POI cached. The workbook it converts is kept in target/report-sample for
 * docs/render-report.sh.
 */
class LibreOfficeRecalculationTests {

    /** OOXMLRecalcMode 0 = always recalculate on load; LibreOffice's default trusts cached values. */
    private static final String ALWAYS_RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
            oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    @TempDir
    Path tmp;

    @Test
    void libreOfficeOpensTheWorkbookAndRecalculatesTheSameSummary() throws Exception {
        assumeTrue(LibreOffice.program("soffice") != null, "soffice (LibreOffice) is not installed: skipping the recalculation check");

        Path sample = Path.of("target", "report-sample");
        Path ours = new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(), sample);
        // a copy whose cached MATCHED count lies: if LibreOffice really recalculates, it says 2 again
        Path tampered = tmp.resolve("tampered.xlsx");
        try (XSSFWorkbook wb = ReportFixtures.open(ours); OutputStream out = Files.newOutputStream(tampered)) {
            WorkbookValuesTests.summary(wb).get("Reconciliation rows MATCHED").setCellValue(999);
            wb.write(out);
        }

        Path converted = tmp.resolve("converted");
        LibreOffice.convert("xlsx", ALWAYS_RECALCULATE, converted, ours, tampered);

        Path oursBack = converted.resolve(ours.getFileName());
        assertThat(oursBack).as("LibreOffice could not open the workbook").isRegularFile();
        try (XSSFWorkbook original = ReportFixtures.open(ours); XSSFWorkbook recalculated = ReportFixtures.open(oursBack);
                XSSFWorkbook tamperedBack = ReportFixtures.open(converted.resolve("tampered.xlsx"))) {
            Map<String, Cell> before = WorkbookValuesTests.summary(original);
            Map<String, Cell> after = WorkbookValuesTests.summary(recalculated);
            int formulas = 0;
            for (Map.Entry<String, Cell> metric : before.entrySet()) {
                Cell cell = metric.getValue();
                if (cell.getCellType() != CellType.FORMULA) {
                    continue;
                }
                formulas++;
                Cell theirs = after.get(metric.getKey());
                if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                    assertThat(theirs.getNumericCellValue()).as(metric.getKey()).isEqualTo(cell.getNumericCellValue());
                } else {
                    assertThat(theirs.getStringCellValue()).as(metric.getKey()).isEqualTo(cell.getStringCellValue());
                }
            }
            // five status counts, the check, Unexplained breaks and Changes since previous version
            assertThat(formulas).isEqualTo(8);
            assertThat(after.get("Total revenue (All segments)").getNumericCellValue()).isEqualTo(1000.00);
            assertThat(WorkbookValuesTests.summary(tamperedBack).get("Reconciliation rows MATCHED")
                    .getNumericCellValue()).as("LibreOffice recalculated on load").isEqualTo(2);
        }
    }
}
