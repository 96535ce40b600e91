package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.ingest.Sha256;

/** The template built into the jar: the repository's own, complete, and written out only to a new file. */
class ReportTemplateTests {

    @TempDir
    Path dir;

    @Test
    void builtInTemplateIsTheRepositorysTemplate() {
        assertThat(ReportTemplate.builtIn().sha256()).isEqualTo(Sha256.of(ReportFixtures.TEMPLATE));
        assertThat(ReportTemplate.builtIn().name()).isEqualTo("built-in");
    }

    @Test
    void builtInTemplatePassesTheStartUpCheck() {
        ReportTemplate.builtIn().check();
    }

    @Test
    void writtenOutItIsAFileTheRunTakes() throws Exception {
        Path copy = dir.resolve("restyle-me.xlsx");

        ReportTemplate.writeBuiltIn(copy);

        assertThat(Sha256.of(copy)).isEqualTo(Sha256.of(ReportFixtures.TEMPLATE));
        ReportTemplate.file(copy).check();
    }

    @Test
    void neverWrittenOverAnExistingFile() throws Exception {
        Path restyled = Files.writeString(dir.resolve("restyled.xlsx"), "finance's restyled copy");

        assertThatThrownBy(() -> ReportTemplate.writeBuiltIn(restyled)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(restyled).hasContent("finance's restyled copy");
    }

    @Test
    void aTemplateLoadedAheadIsTheFileAsItIsWhenTheWorkbookIsMade() throws Exception {
        Path template = dir.resolve("template.xlsx");
        ReportTemplate.writeBuiltIn(template);
        ReportTemplate loaded = ReportTemplate.file(template);
        loaded.loadAhead();
        // finance saves a restyled copy over it between the start of the step and the workbook
        try (XSSFWorkbook restyle = ReportFixtures.open(template)) {
            restyle.getSheet("Summary").getRow(0).getCell(0).setCellValue("Restyled title");
            try (var out = Files.newOutputStream(template)) {
                restyle.write(out);
            }
        }

        try (XSSFWorkbook workbook = loaded.load()) {
            assertThat(workbook.getSheet("Summary").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Restyled title");
        }
    }

    @Test
    void aTemplateLoadedAheadServesOneWorkbookAndTheNextIsParsedAnew() throws Exception {
        ReportTemplate template = ReportTemplate.builtIn();
        template.loadAhead();

        try (XSSFWorkbook first = template.load(); XSSFWorkbook second = template.load()) {
            first.getSheet("Summary").getRow(0).getCell(0).setCellValue("written into the first workbook");
            assertThat(second.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
                    .isNotEqualTo("written into the first workbook");
            assertThat(second).isNotSameAs(first);
        }
    }
}
