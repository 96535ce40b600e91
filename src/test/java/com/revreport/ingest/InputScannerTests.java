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

    @Test
    void aBillingFolderWithoutBillingFilesStopsTheScanNamingTheFolderAndThePattern() throws Exception {
        Files.createDirectories(input.resolve("billing"));
        Files.writeString(input.resolve("billing/README.txt"), "exports land here at 01:00");

        assertThatThrownBy(() -> new InputScanner().scan(input)).isInstanceOf(InputException.class)
                .hasMessage("no billing files in " + input.resolve("billing").toAbsolutePath()
                        + " (looking for *.csv); nothing was loaded or changed");
    }
}
