package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.model.Reject;
import com.revreport.model.RejectReason;

/** The print setup and the conditional formats of a written workbook, read back with POI. */
class PrintSetupTests {

    @TempDir
    Path out;

    private XSSFWorkbook publish() throws Exception {
        return ReportFixtures.open(new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(),
                out));
    }

    @Test
    void everySheetPrintsA4LandscapeOnePageWideWithAFooterNamingQuarterSheetAndPage() throws Exception {
        try (XSSFWorkbook wb = publish()) {
            for (String name : ReportTemplate.SHEETS) {
                XSSFSheet sheet = wb.getSheet(name);
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).as(name).isTrue();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
                boolean onePage = name.equals("Summary") || name.equals("Reconciliation");
                assertThat(print.getFitHeight()).as(name).isEqualTo((short) (onePage ? 1 : 0));
                assertThat(sheet.getFooter().getLeft()).as(name).contains("FY2024-Q3");
                assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("&A");
                assertThat(sheet.getFooter().getRight()).as(name).isEqualTo("page &P of &N");
                assertThat(wb.getPrintArea(wb.getSheetIndex(sheet))).as(name).startsWith(name + "!$A$1:")
                        .isNotNull();
            }
        }
    }

    @Test
    void longListsRepeatTheirHeaderRowAndStartAfterTheSummaryTableAndTheChart() throws Exception {
        try (XSSFWorkbook wb = publish()) {
            for (String list : List.of("tblReconciliation", "tblClients", "tblRejects", "tblRun")) {
                XSSFTable table = WorkbookLayoutTests.table(wb, list);
                int header = table.getArea().getFirstCell().getRow();
                // the title rows and the header: a page on its own still says what it lists
                assertThat(table.getXSSFSheet().getRepeatingRows()).as(list)
                        .isEqualTo(new CellRangeAddress(0, header, -1, -1));
            }
            for (String list : List.of("tblConcentration", "tblMonthly")) {
                XSSFTable table = WorkbookLayoutTests.table(wb, list);
                XSSFSheet sheet = table.getXSSFSheet();
                int header = table.getArea().getFirstCell().getRow();
                assertThat(sheet.getRepeatingRows()).as(list).isEqualTo(new CellRangeAddress(header, header, -1, -1));
                // a page break above the list's caption: the summary table and the whole chart print first
                assertThat(sheet.getRowBreaks()).as(list).containsExactly(header - 2);
                var anchor = sheet.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray(0);
                assertThat(anchor.getTo().getRow()).as(list).isLessThan(header - 1);
            }
        }
    }

    @Test
    void statusColoursQuarterRowsAndNegativeGrowthCoverEveryRowWritten() throws Exception {
        try (XSSFWorkbook wb = publish()) {
            // tblReconciliation: header on row 5, 6 rows on rows 6-11
            assertThat(rules(wb, "Reconciliation")).contains("G6:G11 $G6=\"BREAK\"", "E6:E11 $G6=\"BREAK\"",
                    "E6:E11 LEFT($G6,7)=\"MISSING\"", "G6:G11 $G6=\"WITHIN_TOLERANCE\"",
                    "A6:K11 LEFT($B6,2)=\"FY\"", "H6:H11 $H6=\"UNEXPLAINED\"", "H6:H11 $H6=\"STALE\"");
            // tblGrowth: header on row 5, 2 scopes on rows 6-7
            assertThat(rules(wb, "Growth")).contains("D6:D7 AND(ISNUMBER(D6),D6<0)", "F6:F7 AND(ISNUMBER(F6),F6<0)");
            // tblClients: header on row 4, 5 rows on rows 5-9
            assertThat(rules(wb, "Clients")).contains("I5:I9 AND(ISNUMBER(I5),I5<0)", "K5:K9 AND(ISNUMBER(K5),K5<0)");
            // tblConcentration under the two-scope summary and the chart: header on row 32, 7 rows on 33-39
            assertThat(rules(wb, "Concentration")).contains("A33:I39 $H33=\"Yes\"");
            XSSFTable segments = WorkbookLayoutTests.table(wb, "tblSegments");
            int first = segments.getArea().getFirstCell().getRow() + 2;
            int last = segments.getArea().getLastCell().getRow() + 1;
            assertThat(rules(wb, "Summary")).contains("H" + first + ":H" + last + " $H" + first + "=\"BREAK\"",
                    "A" + first + ":L" + last + " $A" + first + "=\"All segments\"");
        }
    }

    @Test
    void theToleranceRuleIsWrittenOnTheReconciliationSheetWithTheSettingsValues() throws Exception {
        try (XSSFWorkbook wb = publish()) {
            List<String> texts = new ArrayList<>();
            wb.getSheet("Reconciliation").forEach(row -> row.forEach(c -> {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(c.getStringCellValue());
                }
            }));
            // the defaults: 1,000.00 and 0.5% (abs-tolerance, rel-tolerance)
            assertThat(texts).anySatisfy(t -> assertThat(t).contains("1,000.00 USD", "0.5% of |ledger|"));
            assertThat(texts).noneSatisfy(t -> assertThat(t).contains("{"));
        }
    }

    @Test
    void aLongRejectedRecordWrapsOnARowTallEnoughToPrintIt() throws Exception {
        ReportContent content = ReportFixtures.complete();
        String record = "L1,2024-07,C1," + "x".repeat(186); // 200 characters: 3 lines of 80
        List<Reject> rejects = List.of(new Reject(ReportFixtures.JULY_2024, "billing-2024-07.csv", 2, RejectReason.MALFORMED_ROW,
                "expected 8 fields", record));
        Path file = new WorkbookPublisher(ReportFixtures.TEMPLATE)
                .publish(new ReportContent(content.figures(), rejects, content.audit()), out);
        try (XSSFWorkbook wb = ReportFixtures.open(file)) {
            var cell = WorkbookValuesTests.cell(wb, "tblRejects", 0, "Record");
            assertThat(cell.getStringCellValue()).isEqualTo(record);
            assertThat(cell.getCellStyle().getWrapText()).isTrue();
            XSSFSheet sheet = wb.getSheet("Rejects");
            assertThat(cell.getRow().getHeightInPoints()).isEqualTo(3 * sheet.getDefaultRowHeightInPoints());
        }
    }

    /** Each conditional format as "RANGE FORMULA". */
    private static List<String> rules(XSSFWorkbook wb, String sheet) {
        XSSFSheetConditionalFormatting formats = wb.getSheet(sheet).getSheetConditionalFormatting();
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting format = formats.getConditionalFormattingAt(i);
            for (CellRangeAddress range : format.getFormattingRanges()) {
                for (int r = 0; r < format.getNumberOfRules(); r++) {
                    rules.add(range.formatAsString() + " " + format.getRule(r).getFormula1());
                }
            }
        }
        return rules;
    }
}
