package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormulaInjectionTests {

    @TempDir
    Path out;

    @Test
    void clientNamesThatLookLikeFormulasAreStoredAsQuotedText() throws Exception {
        Path file = new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(), out);
        try (XSSFWorkbook wb = ReportFixtures.open(file)) {
            // clients C002..C005 carry =, +, - and @ names, in the input's order
            for (int i = 0; i < ReportFixtures.HOSTILE_NAMES.size(); i++) {
                String name = ReportFixtures.HOSTILE_NAMES.get(i);
                assertText(WorkbookValuesTests.cell(wb, "tblClients", i + 1, "Client"), name);
                assertText(WorkbookValuesTests.cell(wb, "tblConcentration", i + 1, "Client"), name);
            }
            assertText(WorkbookValuesTests.cell(wb, "tblRejects", 1, "Record"), "=cmd|' /C calc'!A0");
        }
    }

    @Test
    void theOnlyFormulasInTheWorkbookAreTheSummarysOwn() throws Exception {
        Path file = new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(), out);
        try (XSSFWorkbook wb = ReportFixtures.open(file)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            assertThat(sheet.getSheetName()).isEqualTo("Summary");
                        }
                    }
                }
            }
        }
    }

    @Test
    void aTopClientNamedLikeAFormulaIsTextOnTheSummaryToo() throws Exception {
        ReportContent content = ReportFixtures.complete();
        var concentration = content.figures().concentration().stream()
                .map(scope -> new com.revreport.analysis.ConcentrationScope(scope.scope(),
                        scope.clients().stream().map(c -> new com.revreport.analysis.ClientShare(c.rank(),
                                c.clientId(), c.rank() == 1 ? "@SUM(1,2)" : c.clientName(), c.revenue(), c.share(),
                                c.cumulativeShare(), c.majorCustomer(), c.shareChange())).toList(),
                        scope.revenue(), scope.top1Share(), scope.top5Share(), scope.top10Share(), scope.hhi(),
                        scope.level()))
                .toList();
        var f = content.figures();
        var figures = new com.revreport.analysis.QuarterFigures(f.period(), f.reportingCurrency(),
                f.reconciliation(), concentration, f.growth(), f.monthly(), f.clients());
        Path file = new WorkbookPublisher(ReportFixtures.TEMPLATE)
                .publish(new ReportContent(figures, content.rejects(), content.audit()), out);
        try (XSSFWorkbook wb = ReportFixtures.open(file)) {
            assertText(WorkbookValuesTests.summary(wb).get("Top client (All segments)"), "@SUM(1,2)");
        }
    }

    private static void assertText(Cell cell, String expected) {
        assertThat(cell.getCellType()).as(expected).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
        // so Excel keeps it text even when a user edits the cell and presses Enter
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(expected).isTrue();
    }
}
