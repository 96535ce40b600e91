package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.analysis.MissingExchangeRatesException.MissingRate;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.SegmentReconciliation;

class ExceptionsTableTests {

    @TempDir
    Path out;

    private XSSFWorkbook publish(ReportContent content) throws Exception {
        return ReportFixtures.open(new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(content, out));
    }

    @Test
    void listsMissingSidesThenMajorCustomersEachNamedInTheFirstColumn() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            // Copilot misses its ledger in 2024-07 and over the quarter (400.00 each); All segments has four
            // clients at or above 10% (Contoso 0.5, then 0.2, 0.15, 0.1): 2 + 4 = 6 rows. Azure OpenAI's top
            // client is Contoso, which tblSegments shows, not this table
            assertThat(WorkbookLayoutTests.dataRows(wb, "tblExceptions")).isEqualTo(6);
            assertRow(wb, 0, "MISSING_LEDGER", ReportFixtures.COPILOT, "2024-07");
            assertThat(WorkbookValuesTests.cell(wb, "tblExceptions", 0, "Variance").getNumericCellValue())
                    .isEqualTo(400.00);
            assertThat(WorkbookValuesTests.cell(wb, "tblExceptions", 0, "Revenue").getNumericCellValue())
                    .isEqualTo(400.00);
            // no explanations in this content: a missing side nobody explained
            assertThat(WorkbookValuesTests.cell(wb, "tblExceptions", 0, "Explanation").getStringCellValue())
                    .isEqualTo("UNEXPLAINED");
            assertRow(wb, 1, "MISSING_LEDGER", ReportFixtures.COPILOT, "FY2024-Q3");
            assertRow(wb, 2, ExceptionsTable.MAJOR_CUSTOMER, "Contoso", null);
            assertThat(WorkbookValuesTests.cell(wb, "tblExceptions", 2, "Share").getNumericCellValue()).isEqualTo(0.5);
            assertThat(WorkbookValuesTests.cell(wb, "tblExceptions", 5, "Share").getNumericCellValue()).isEqualTo(0.1);
            assertThat(caption(wb)).isEqualTo("Exceptions, USD: breaks, missing sides and major customers (6)");
        }
    }

    @Test
    void showsFifteenAndSaysHowManyMoreTheOtherSheetsHold() throws Exception {
        List<SegmentReconciliation> breaks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // a ledger 1,000,000.00 above billing: far past the 1,000.00 tolerance
            breaks.add(new SegmentReconciliation(String.format("Segment %02d", i), "FY2024-Q3", true,
                    ReportFixtures.d("0.00"), ReportFixtures.d("1000000.00"), ReportFixtures.d("-1000000.00"),
                    ReportFixtures.d("-1"), ReconciliationStatus.BREAK));
        }
        ReportContent content = ReportFixtures.complete();
        var f = content.figures();
        var figures = new QuarterFigures(f.period(), f.reportingCurrency(), breaks, f.concentration(), f.growth(),
                f.monthly(), f.clients());
        try (XSSFWorkbook wb = publish(new ReportContent(figures, content.rejects(), content.audit()))) {
            assertThat(WorkbookLayoutTests.dataRows(wb, "tblExceptions")).isEqualTo(ExceptionsTable.ON_PAGE);
            // 20 breaks + 4 major customers = 24: 15 shown, 9 more
            assertThat(caption(wb)).isEqualTo("Exceptions, USD: breaks, missing sides and major customers (24); "
                    + "the first 15 here, 9 more on Reconciliation and Concentration");
            // a break is marked whatever its sign: here a negative one
            assertRow(wb, 14, "BREAK", "Segment 14", "FY2024-Q3");
            // tblSegments lists all 20 segments above it, and the tables do not overlap
            XSSFTable segments = WorkbookLayoutTests.table(wb, "tblSegments");
            XSSFTable exceptions = WorkbookLayoutTests.table(wb, "tblExceptions");
            assertThat(WorkbookLayoutTests.dataRows(wb, "tblSegments")).isEqualTo(21);
            assertThat(exceptions.getArea().getFirstCell().getRow())
                    .isGreaterThan(segments.getArea().getLastCell().getRow() + 1);
        }
    }

    @Test
    void aCurrencyWithoutAComparisonRateIsListedByMonthAfterTheFindingsAndBeforeTheMajorCustomers() throws Exception {
        ReportContent content = ReportFixtures.complete();
        var f = content.figures();
        var missing = List.of(new MissingRate(java.time.YearMonth.parse("2023-04"), "CHF"),
                new MissingRate(java.time.YearMonth.parse("2024-04"), "CHF"));
        var figures = new QuarterFigures(f.period(), f.reportingCurrency(), f.reconciliation(), f.concentration(),
                f.growth(), f.monthly(), f.clients(), missing);
        try (XSSFWorkbook wb = publish(new ReportContent(figures, content.rejects(), content.audit()))) {
            // Copilot's two missing ledgers, the two months without a CHF rate, then the four major customers
            assertThat(WorkbookLayoutTests.dataRows(wb, "tblExceptions")).isEqualTo(2 + 2 + 4);
            assertRow(wb, 2, ExceptionsTable.NO_COMPARISON_RATE, "CHF", "2023-04");
            assertRow(wb, 3, ExceptionsTable.NO_COMPARISON_RATE, "CHF", "2024-04");
            assertThat(WorkbookValuesTests.cell(wb, "tblExceptions", 3, "Explanation").getCellType())
                    .isEqualTo(CellType.BLANK);
            assertRow(wb, 4, ExceptionsTable.MAJOR_CUSTOMER, "Contoso", null);
        }
    }

    private static String caption(XSSFWorkbook wb) {
        XSSFTable table = WorkbookLayoutTests.table(wb, "tblExceptions");
        int row = table.getArea().getFirstCell().getRow() - 1;
        return table.getXSSFSheet().getRow(row).getCell(table.getArea().getFirstCell().getCol()).getStringCellValue();
    }

    private static void assertRow(XSSFWorkbook wb, int row, String exception, String subject, String month) {
        assertThat(WorkbookValuesTests.cell(wb, "tblExceptions", row, "Exception").getStringCellValue())
                .isEqualTo(exception);
        assertThat(WorkbookValuesTests.cell(wb, "tblExceptions", row, "Segment or client").getStringCellValue())
                .isEqualTo(subject);
        var cell = WorkbookValuesTests.cell(wb, "tblExceptions", row, "Month");
        if (month == null) {
            assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
        } else {
            assertThat(cell.getStringCellValue()).isEqualTo(month);
        }
    }
}
