package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.close.QuarterClose;
import com.revreport.close.QuarterVersion;
import com.revreport.close.SignOff;
import com.revreport.ingest.Sha256;
import com.revreport.testing.WorkbookCells;

/** A sign-off written into a published workbook changes its two places and nothing else. */
class SignOffEditTests {

    @TempDir
    Path out;

    @Test
    void aSignOffChangesTheSignedOffMetricAndTheVersionsRowAndNoOtherCell() throws Exception {
        WorkbookPublisher publisher = new WorkbookPublisher(ReportFixtures.TEMPLATE);
        Path workbook = publisher.publish(ReportFixtures.complete(), out);
        List<String> before = WorkbookCells.figures(workbook);
        String signedOff;
        String by;
        String note;
        try (XSSFWorkbook wb = ReportFixtures.open(workbook)) {
            signedOff = "Summary!" + WorkbookValuesTests.summary(wb).get("Signed off").getAddress();
            by = "Changes!" + WorkbookValuesTests.cell(wb, "tblVersions", 0, "Signed off by").getAddress();
            note = "Changes!" + WorkbookValuesTests.cell(wb, "tblVersions", 0, "Note").getAddress();
        }
        // the note is the reviewer's text: a formula-looking one stays words
        QuarterVersion signed = new QuarterVersion(1, Instant.EPOCH, List.of(new SignOff("M. Keller",
                Instant.parse("2024-10-08T09:12:40Z"), "=HYPERLINK(\"http://evil.example\",\"x\")")));

        WorkbookPublisher.Prepared prepared = publisher.prepareSignOff(workbook, signed, QuarterClose.signedOff(signed));
        publisher.publish(prepared);

        assertThat(Sha256.of(workbook)).isEqualTo(prepared.sha256());
        assertThat(Files.list(out.resolve("FY2024-Q3")).map(p -> p.getFileName().toString()).toList())
                .containsExactly(workbook.getFileName().toString());
        List<String> after = WorkbookCells.figures(workbook);
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(after);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        assertThat(gone).containsExactly(signedOff + " No");
        // cells holding a time (Signed off, Signed off at) WorkbookCells leaves out, as it leaves out Published
        assertThat(added).containsExactly(by + " M. Keller", note + " =HYPERLINK(\"http://evil.example\",\"x\")");
        try (XSSFWorkbook wb = ReportFixtures.open(workbook)) {
            assertThat(WorkbookValuesTests.summary(wb).get("Signed off").getStringCellValue())
                    .isEqualTo("version 1 by M. Keller at 2024-10-08T09:12:40Z");
            assertThat(WorkbookValuesTests.cell(wb, "tblVersions", 0, "Note").getCellType()).isEqualTo(CellType.STRING);
            assertThat(WorkbookValuesTests.cell(wb, "tblVersions", 0, "Signed off at").getStringCellValue())
                    .isEqualTo("2024-10-08T09:12:40Z");
        }
    }
}
