package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice headless, as the tests that open or print a workbook in another program run it: a
 * throw-away profile each time, never the user's own (nor a lock on it).
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** The path of a program on the PATH, or null when it is not installed. */
    public static String program(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /**
     * Converts each file into {@code outDir} ({@code format} as soffice's --convert-to takes it).
     *
     * @param registry the profile's registrymodifications.xcu, or null for LibreOffice's defaults
     */
    public static void convert(String format, String registry, Path outDir, Path... files) throws Exception {
        Path profile = Path.of(System.getProperty("java.io.tmpdir"), "lo-profile-" + UUID.randomUUID());
        Path log = Files.createTempFile("soffice", ".log");
        try {
            Files.createDirectories(profile.resolve("user"));
            if (registry != null) {
                Files.writeString(profile.resolve("user").resolve("registrymodifications.xcu"), registry);
            }
            List<String> command = new ArrayList<>(List.of(program("soffice"), "--headless", "--norestore",
                    "-env:UserInstallation=" + profile.toUri(), "--convert-to", format, "--outdir", outDir.toString()));
            for (Path file : files) {
                command.add(file.toAbsolutePath().toString());
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("LibreOffice did not finish converting within 180 s");
            }
            assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        } finally {
            Files.deleteIfExists(log);
            delete(profile);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
