package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
