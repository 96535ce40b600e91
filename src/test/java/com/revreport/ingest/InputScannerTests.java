package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.model.InputException;

class InputScannerTests {

    @TempDir
    Path input;

    @Test
    void aBillingFolderThatIsAReadableFileIsCalledAFileNotAnUnreadableOne() throws Exception {
        Files.writeString(input.resolve("billing"), "not a folder");

        assertThatThrownBy(() -> new InputScanner().scan(input)).isInstanceOf(InputException.class)
                .hasMessage(input.resolve("billing").toAbsolutePath() + " is not a folder (a file); make it the folder "
                        + "of billing CSV files, or remove it");
    }
}
