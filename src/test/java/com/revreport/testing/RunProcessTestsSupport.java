package com.revreport.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

public final class RunProcessTestsSupport {

    private RunProcessTestsSupport() {
    }

    /** The publisher's temporary file: {@code .revenue-report-*.xlsx.tmp}. */
    public static boolean hasTemporaryWorkbook(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".xlsx.tmp"));
        }
        catch (IOException e) {
            return false;
        }
    }
}
