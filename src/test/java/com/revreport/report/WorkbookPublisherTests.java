package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.model.ExpectedFailure;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.TemplateException;

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
        // a template without the report's tables cannot make a report
        Path broken = out.resolve("broken.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String sheet : ReportTemplate.SHEETS) {
                wb.createSheet(sheet);
            }
            try (var stream = Files.newOutputStream(broken)) {
                wb.write(stream);
            }
        }
        assertThatThrownBy(() -> new WorkbookPublisher(broken).publish(ReportFixtures.complete(), out))
                .isInstanceOf(TemplateException.class).hasMessageContaining("tblSummary");
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
        // the start-up check, which reads the file's parts rather than loading it, says the same
        assertThatThrownBy(() -> ReportTemplate.file(copy).check()).isInstanceOf(TemplateException.class)
                .hasMessageContaining("has table tblClients with column 2 headed 'Customer' where the workbook needs "
                        + "'Client'");
    }

    @Test
    void theShippedTemplatePassesTheCheck() {
        ReportTemplate.file(ReportFixtures.TEMPLATE).check();
    }

    @Test
    void aTemplateWithoutATableTheWorkbookFillsIsRefusedNamingTheFileAndTheTable() throws Exception {
        Path old = TemplateCopies.withoutTable("tblRejects", out.resolve("restyled-last-year.xlsx"));

        assertThatThrownBy(() -> ReportTemplate.file(old).check()).isInstanceOf(TemplateException.class)
                .hasMessageContaining(old.toAbsolutePath().toString()).hasMessageContaining("has no table named tblRejects")
                .satisfies(e -> assertThat(((TemplateException) e).problem()).isEqualTo("has no table named tblRejects"));
    }

    @Test
    void aTemplateWithItsSheetsReorderedIsRefusedNamingTheSheet() throws Exception {
        Path copy = out.resolve("reordered.xlsx");
        try (XSSFWorkbook wb = ReportFixtures.open(ReportFixtures.TEMPLATE)) {
            wb.setSheetOrder("Run", 0);
            try (var stream = Files.newOutputStream(copy)) {
                wb.write(stream);
            }
        }

        assertThatThrownBy(() -> ReportTemplate.file(copy).check()).isInstanceOf(TemplateException.class)
                .hasMessageContaining("must have sheet 1 named 'Summary' but it is 'Run'");
    }

    @Test
    void aTableLeftOutOfTheTemplateCheckIsNeverFilled() throws Exception {
        try (XSSFWorkbook wb = ReportFixtures.open(ReportFixtures.TEMPLATE)) {
            // as a new version's table would be if it were filled but not added to ReportTemplate.TABLES
            assertThatThrownBy(() -> ReportTemplate.writer(wb, "tblExceptions", java.util.List.of("Kind"),
                    java.util.List.of(ColumnKind.TEXT))).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ReportTemplate.TABLES");
        }
    }

    @Test
    void aTemplateThatIsNotAWorkbookIsRefusedNamingTheFile() throws Exception {
        Path csv = TemplateCopies.notAWorkbook(out.resolve("quarterly-report.xlsx"));

        assertThatThrownBy(() -> ReportTemplate.file(csv).check()).isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("the template " + csv.toAbsolutePath() + " is not a readable .xlsx workbook")
                .hasMessageNotContaining("\n");
        // the run's own write says the same, and leaves nothing behind
        assertThatThrownBy(() -> new WorkbookPublisher(csv).publish(ReportFixtures.complete(), out.resolve("output")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("is not a readable .xlsx workbook");
        assertThat(filesIn(out.resolve("output/FY2024-Q3"))).isEmpty();
    }

    @Test
    void aFileWhereTheQuarterFolderMustBeFailsNamingTheWorkbookAndTheFile() throws Exception {
        Files.writeString(out.resolve("FY2024-Q3"), "not a folder");

        assertThatThrownBy(() -> new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(), out))
                .isInstanceOf(ExpectedFailure.class)
                .hasMessageStartingWith("cannot write the workbook " + out.resolve("FY2024-Q3/revenue-report-FY2024-Q3.xlsx")
                        + ": " + out.resolve("FY2024-Q3") + " is in the way: it is a file, not a folder");
    }

    @Test
    void aTemporaryWorkbookOfAnotherLiveProcessOnThisHostIsLeftAlone() throws Exception {
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Path folder = Files.createDirectories(out.resolve("FY2024-Q3"));
            Path theirs = temporaryOf(folder, other.pid(), TemporaryWorkbooks.host());

            new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(), out);

            assertThat(theirs).exists();
        }
        finally {
            other.destroy();
        }
    }

    @Test
    void aTemporaryWorkbookOfAProcessThatIsGoneFromThisHostIsRemoved() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path folder = Files.createDirectories(out.resolve("FY2024-Q3"));
        Path leftover = temporaryOf(folder, gone.pid(), TemporaryWorkbooks.host());

        new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(), out);

        assertThat(leftover).doesNotExist();
        assertThat(filesIn(folder)).containsExactly("revenue-report-FY2024-Q3.xlsx");
    }

    @Test
    void aTemporaryWorkbookWhoseWriterCannotBeAskedIsRemovedOnlyOnceADayOld() throws Exception {
        Path folder = Files.createDirectories(out.resolve("FY2024-Q3"));
        // another host's process, and a name from before names said who writes them
        Path otherHost = temporaryOf(folder, 4242, "other-host~4026531836");
        Path unnamed = Files.createFile(folder.resolve(".revenue-report-8230551761469413187.xlsx.tmp"));
        Path otherHostOld = temporaryOf(folder, 4343, "other-host~4026531836");
        Path unnamedOld = Files.createFile(folder.resolve(".revenue-report-1.xlsx.tmp"));
        // 24 hours and a minute ago
        FileTime dayOld = FileTime.from(Instant.now().minus(TemporaryWorkbooks.ABANDONED_AFTER).minusSeconds(60));
        Files.setLastModifiedTime(otherHostOld, dayOld);
        Files.setLastModifiedTime(unnamedOld, dayOld);

        new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(ReportFixtures.complete(), out);

        assertThat(otherHost).exists();
        assertThat(unnamed).exists();
        assertThat(otherHostOld).doesNotExist();
        assertThat(unnamedOld).doesNotExist();
    }

    private static Path temporaryOf(Path folder, long pid, String host) throws Exception {
        return Files.createFile(folder.resolve(TemporaryWorkbooks.PREFIX + pid + "@" + host + ".1234567890"
                + TemporaryWorkbooks.SUFFIX));
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
