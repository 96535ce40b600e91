package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.close.Explanations;
import com.revreport.model.Explanation;

/**
 * An explanation is the controller's text: written as text however it starts, capped like every other cell,
 * its line breaks kept; its status beside the row it explains, and the Summary's count of the rest.
 */
class ExplanationCellsTests {

    @TempDir
    Path out;

    @Test
    void aFormulaLikeExplanationOfThirtyThousandCharactersIsTextCappedWithItsLineBreaks() throws Exception {
        ReportContent base = ReportFixtures.complete();
        // Copilot misses its ledger in 2024-07 (variance 400.00) and over the quarter (400.00)
        String text = "=HYPERLINK(\"http://evil.example\",\"x\")\nsecond line " + "x".repeat(40_000);
        Explanation e = new Explanation(ReportFixtures.COPILOT, "2024-07", new BigDecimal("400.00"), text, "M. Keller",
                null, "explanations/e.csv line 2");
        Explanations explanations = Explanations.match(base.figures().reconciliation(), List.of(e));
        ReportContent content = new ReportContent(base.figures(), base.rejects(), base.audit(), base.settings(),
                base.rejectedValue(), explanations);

        try (XSSFWorkbook wb = ReportFixtures.open(new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(content,
                out))) {
            int july = rowOf(wb, "2024-07");
            Cell explanation = WorkbookValuesTests.cell(wb, "tblReconciliation", july, "Explanation");
            assertThat(explanation.getCellType()).isEqualTo(CellType.STRING);
            assertThat(explanation.getStringCellValue()).startsWith("=HYPERLINK(\"http://evil.example\",\"x\")\nsecond")
                    .hasSizeLessThanOrEqualTo(32_767);
            assertThat(WorkbookValuesTests.cell(wb, "tblReconciliation", july, "Explanation status")
                    .getStringCellValue()).isEqualTo("EXPLAINED");
            // the quarter row's 400.00 is unexplained: 1 of the 2 missing sides
            assertThat(WorkbookValuesTests.summary(wb).get("Unexplained breaks").getNumericCellValue()).isEqualTo(1);
        }
    }

    private static int rowOf(XSSFWorkbook wb, String month) {
        for (int row = 0; ; row++) {
            if (WorkbookValuesTests.cell(wb, "tblReconciliation", row, "Month").getStringCellValue().equals(month)
                    && WorkbookValuesTests.cell(wb, "tblReconciliation", row, "Segment").getStringCellValue()
                            .equals(ReportFixtures.COPILOT)) {
                return row;
            }
        }
    }
}
