package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookPublisherTests {

    @TempDir
    Path out;

    @Test
    void publishesUnderTheQuarterFolderWithTheQuarterInTheName() throws Exception {
        Path file = new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(), out);
        assertThat(file).isEqualTo(out.resolve("FY2024-Q3").resolve("revenue-report-FY2024-Q3.xlsx"));
        assertThat(file).isRegularFile();
    }

    @Test
    void aQuarterToDateReportIsNamedQtd() throws Exception {
        Path file = new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.quarterToDate(), out);
        assertThat(file).isEqualTo(out.resolve("FY2024-Q3").resolve("revenue-report-FY2024-Q3-QTD.xlsx"));
    }

    @Test
    void theCompleteQuarterReplacesItsQuarterToDateReport() throws Exception {
        WorkbookPublisher publisher = new WorkbookPublisher(ReportFixtures.TEMPLATE);
        publisher.publish(ReportFixtures.quarterToDate(), out);

        publisher.publish(ReportFixtures.complete(), out);

        assertThat(filesIn(out.resolve("FY2024-Q3"))).containsExactly("revenue-report-FY2024-Q3.xlsx");
    }

    @Test
    void leavesNoTemporaryFileBehindAndReplacesAnEarlierReport() throws Exception {
        WorkbookPublisher publisher = new WorkbookPublisher(ReportFixtures.TEMPLATE);
        publisher.publish(ReportFixtures.complete(), out);
        Path file = publisher.publish(ReportFixtures.complete(), out);
        assertThat(filesIn(out.resolve("FY2024-Q3"))).containsExactly(file.getFileName().toString());
    }

    @Test
    void aFailureDeletesTheTemporaryFileAndKeepsThePreviousReport() throws Exception {
        Path file = new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(), out);
        long size = Files.size(file);
        // a template without the spec's tables cannot make a report
        Path broken = out.resolve("broken.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String sheet : Template.SHEETS) {
                wb.createSheet(sheet);
            }
            try (var stream = Files.newOutputStream(broken)) {
                wb.write(stream);
            }
        }
        assertThatThrownBy(() -> new WorkbookPublisher(broken).publish(ReportFixtures.complete(), out))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tblSummary");
        assertThat(filesIn(out.resolve("FY2024-Q3"))).containsExactly(file.getFileName().toString());
        assertThat(Files.size(file)).isEqualTo(size);
    }

    @Test
    void aTemplateWithARenamedHeaderIsRefusedNamingTheHeader() throws Exception {
        Path copy = out.resolve("renamed.xlsx");
        try (XSSFWorkbook wb = ReportFixtures.open(ReportFixtures.TEMPLATE)) {
            var table = WorkbookLayoutTests.table(wb, "tblClients");
            var first = table.getArea().getFirstCell();
            table.getXSSFSheet().getRow(first.getRow()).getCell(first.getCol() + 1).setCellValue("Customer");
            try (var stream = Files.newOutputStream(copy)) {
                wb.write(stream);
            }
        }
        assertThatThrownBy(() -> new WorkbookPublisher(copy).publish(ReportFixtures.complete(), out))
                .hasMessageContaining("tblClients").hasMessageContaining("'Client'");
    }

    @Test
    void documentPropertiesNameTheQuarterAndTheApplication() throws Exception {
        Path file = new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.quarterToDate(), out);
        try (XSSFWorkbook wb = ReportFixtures.open(file)) {
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Quarterly revenue report FY2024-Q3-QTD");
            assertThat(core.getSubject()).isEqualTo("FY2024-Q3-QTD");
            assertThat(core.getCreator()).isEqualTo("RevReport 0.1.0");
        }
    }

    @Test
    void theTemplateItselfIsNeverModified() throws Exception {
        byte[] before = Files.readAllBytes(ReportFixtures.TEMPLATE);
        new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(), out);
        assertThat(Files.readAllBytes(ReportFixtures.TEMPLATE)).isEqualTo(before);
    }

    private static Stream<String> filesInStream(Path dir) throws Exception {
        return Files.list(dir).map(p -> p.getFileName().toString());
    }

    private static java.util.List<String> filesIn(Path dir) throws Exception {
        try (Stream<String> files = filesInStream(dir)) {
            return files.toList();
        }
    }
}
