package com.revreport.cli;

import com.revreport.testing.JarProcess;
import com.revreport.testing.WorkbookCells;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/revreport} installed as an operator installs it ({@code bin/} beside the jar) and started
 * from a folder of its own: it runs the job from its start-up archive, makes the archive when there is
 * none, and never fails for want of one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherProcessTests {

    @TempDir
    static Path dir;

    static Path installed;

    @BeforeAll
    static void install() throws IOException {
        installed = dir.resolve("opt/revreport");
        Files.createDirectories(installed.resolve("bin"));
        Files.copy(Path.of("bin/revreport"), installed.resolve("bin/revreport"));
        Files.copy(JarProcess.jar(), installed.resolve("revreport.jar"));
    }

    @Test
    @Order(1)
    void launcherFromAnotherFolderWritesTheWorkbookThatJavaJarWrites() throws Exception {
        Path byLauncher = demoFolder("by-launcher");
        Path byJar = demoFolder("by-jar");

        Finished launched = launcher(byLauncher, "--fiscal-year-start-month=7", "--quarter=FY2024-Q3");
        Finished plain = command(byJar, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JarProcess.jar().toString(), "--fiscal-year-start-month=7", "--quarter=FY2024-Q3"));

        assertThat(launched.exitCode()).as(launched.output()).isZero();
        assertThat(plain.exitCode()).as(plain.output()).isZero();
        assertThat(archives()).as("the archive the launcher made beside the jar").hasSize(1);
        // the first line it prints, before the silent stretch of the training start
        assertThat(launched.output().lines().findFirst()).hasValueSatisfying(first -> assertThat(first)
                .startsWith("revreport launcher: preparing the start-up archive"));
        Path workbook = Path.of("output/FY2024-Q3/revenue-report-FY2024-Q3.xlsx");
        // every cell of every sheet but Run, whose run id, times and paths differ between any two runs
        assertThat(WorkbookCells.figures(byLauncher.resolve(workbook))).isNotEmpty()
                .isEqualTo(WorkbookCells.figures(byJar.resolve(workbook)));
    }

    @Test
    @Order(2)
    void launcherRunsWithItsArchiveDeletedAndMakesItAgain() throws Exception {
        Path folder = demoFolder("archive-deleted");
        for (Path archive : archives()) {
            Files.delete(archive);
        }

        Finished launched = launcher(folder, "--fiscal-year-start-month=7", "--quarter=FY2024-Q3");

        assertThat(launched.exitCode()).as(launched.output()).isZero();
        assertThat(folder.resolve("output/FY2024-Q3/revenue-report-FY2024-Q3.xlsx")).isNotEmptyFile();
        assertThat(archives()).hasSize(1);
    }

    @Test
    @Order(3)
    void launcherStartsWithoutAnArchiveItCannotMakeAfterOneLine() throws Exception {
        Path folder = demoFolder("no-archive");
        // the training start cannot write its archive: a file stands where the cache folder would be made,
        // and the fallback cache folder lies under a file too
        deleteTree(installed.resolve(".revreport-cache"));
        Files.writeString(installed.resolve(".revreport-cache"), "not a folder");
        Path home = folder.resolve("home");
        Files.writeString(Files.createDirectories(home).resolve(".cache"), "not a folder");

        Finished launched = command(folder, List.of(installed.resolve("bin/revreport").toString(),
                "--fiscal-year-start-month=7", "--quarter=FY2024-Q3"), "HOME=" + home);

        assertThat(launched.exitCode()).as(launched.output()).isZero();
        assertThat(launched.output().lines().filter(line -> line.startsWith("revreport launcher:")))
                .singleElement().asString().contains("starting without it");
        assertThat(folder.resolve("output/FY2024-Q3/revenue-report-FY2024-Q3.xlsx")).isNotEmptyFile();
    }

    private static Path demoFolder(String name) throws IOException {
        Path folder = dir.resolve(name);
        copyTree(Path.of("input"), folder.resolve("input"));
        copyTree(Path.of("templates"), folder.resolve("templates"));
        return folder;
    }

    private static List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.walk(installed.resolve(".revreport-cache"), 2)) {
            return files.filter(f -> f.getFileName().toString().matches("revreport\\.(cds|aot)")).toList();
        }
    }

    private static Finished launcher(Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(installed.resolve("bin/revreport").toString()));
        command.addAll(List.of(args));
        return command(folder, command);
    }

    record Finished(int exitCode, String output) {
    }

    /** Runs in {@code folder} with the java of these tests, as a scheduler would start it there. */
    private static Finished command(Path folder, List<String> command, String... environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("run.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("XDG_CACHE_HOME");
        for (String variable : environment) {
            String[] pair = variable.split("=", 2);
            builder.environment().put(pair[0], pair[1]);
        }
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("no end within 10 minutes: " + Files.readString(folder.resolve("run.log")));
        }
        return new Finished(process.exitValue(), Files.readString(folder.resolve("run.log")));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
