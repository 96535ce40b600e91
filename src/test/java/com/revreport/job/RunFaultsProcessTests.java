package com.revreport.job;

import com.revreport.testing.JarProcess;
import com.revreport.testing.StoreFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.revreport.ingest.Sha256;

/**
 * Faults of the input and of the machine, on the packaged jar: each ends with exit 1 or 2 and exactly one
 * line on stderr naming the cause, no stack trace there, and the store and the last workbook as they were.
 */
class RunFaultsProcessTests {

    private static final String WORKBOOK = "output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx";

    /** A clean run over {@link StoreFiles#writeInput}: its store and workbook, shared by the tests that must not change them. */
    @TempDir
    static Path clean;

    static String cleanWorkbookSha;

    @TempDir
    Path dir;



    private static String[] args(Path work, Path input) {
        return new String[] { "--input=" + input, "--store=" + work.resolve("store"), "--output=" + work.resolve("output") };
    }

    @BeforeAll
    static void cleanRun() throws Exception {
        JarProcess.Finished run = JarProcess.run(clean.resolve("clean.log"), args(clean, StoreFiles.writeInput(clean.resolve("input"))));
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.stderr()).isEmpty();
        cleanWorkbookSha = Sha256.of(clean.resolve(WORKBOOK));
    }

    /** What the store holds for January: 100.00 + 50.00, both files. */
    private static List<List<Object>> january(Path store) throws Exception {
        return StoreFiles.query(store, "SELECT SUM(amount), COUNT(*) FROM billing_total WHERE billing_month = '2024-01'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dangling link         | billing/billing-2024-01-part2.csv | a symbolic link to /nonexistent/part2.csv, which does not exist",
            "link to a device      | billing/billing-2024-01-part2.csv | not a regular file but a device, pipe or socket (through a symbolic link to /dev/null)",
            "folder named like CSV | billing/billing-2024-01-part2.csv | a folder",
            "link to a folder      | ledger/LEDGER-2.CSV               | a folder (through a symbolic link to {elsewhere})",
            "new file, dangling    | fx/fx-2024.csv                    | a symbolic link to /nonexistent/part2.csv, which does not exist" })
    void anInputThatCannotBeReadFailsTheRunNamingItInsteadOfCountingAsRemoved(String fault, String entry, String what)
            throws Exception {
        Path input = StoreFiles.writeInput(dir.resolve("input"));
        Path broken = input.resolve(entry);
        Files.deleteIfExists(broken);
        switch (fault) {
            case "dangling link", "new file, dangling" -> Files.createSymbolicLink(broken, Path.of("/nonexistent/part2.csv"));
            case "link to a device" -> Files.createSymbolicLink(broken, Path.of("/dev/null"));
            case "folder named like CSV" -> Files.createDirectories(broken);
            default -> Files.createSymbolicLink(broken, Files.createDirectories(dir.resolve("elsewhere")));
        }

        JarProcess.Finished run = JarProcess.run(dir.resolve("run.log"), args(clean, input));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("revreport: " + entry + " cannot be read: it is "
                + what.replace("{elsewhere}", dir.resolve("elsewhere").toString()) + "; replace it by the CSV file, or "
                + "move it out of " + entry.substring(0, entry.indexOf('/')) + "/\n");
        assertThat(run.output()).contains("failed: " + entry + " cannot be read");
        // January was not restated from part 1 alone: still 100.00 + 50.00 in two totals; the workbook as it was
        assertThat(january(clean.resolve("store"))).containsExactly(List.of("150", 2L));
        assertThat(Sha256.of(clean.resolve(WORKBOOK))).isEqualTo(cleanWorkbookSha);
    }

    @Test
    void entriesNotNamedLikeAnInputAreIgnored() throws Exception {
        Path input = StoreFiles.writeInput(dir.resolve("input"));
        // an archive folder holding an old export, notes, and a folder without the .csv ending
        StoreFiles.write(input, "billing/archive/billing-2024-01-part3.csv", StoreFiles.BILLING_HEADER
                + "J3,2024-01,C3,Gamma,AI,USAGE,1000.00,USD\n");
        StoreFiles.write(input, "billing/README.txt", "exports of 2024\n");
        Files.createSymbolicLink(input.resolve("fx/old-rates"), Path.of("/nonexistent"));

        JarProcess.Finished run = JarProcess.run(dir.resolve("run.log"), args(dir, input));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.stderr()).isEmpty();
        // 100.00 + 50.00, the archived 1000.00 not among them
        assertThat(january(dir.resolve("store"))).containsExactly(List.of("150", 2L));
    }

    @Test
    void aFailureTheInputExplainsPrintsItsOneLineOnStderrAsInTheLog() throws Exception {
        Path input = StoreFiles.inputWithMarch(dir.resolve("input"), "billing-2024-03.csv", "M1,2024-03,C1,Acme,AI,USAGE,10.00,EUR");

        JarProcess.Finished run = JarProcess.run(dir.resolve("run.log"), args(dir, input));

        String line = "Missing exchange rates to USD for 1 (month, currency) pairs: 2024-03 EUR; not loaded, kept as "
                + "they were: billing 2024-03";
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("revreport: " + line + "\n");
        assertThat(run.output()).contains("failed: " + line).doesNotContain("\tat ");
    }

    @Test
    void aDefectExitsOneWithOneLineSayingSoAndItsStackTraceOnlyInTheLog() throws Exception {
        Path input = StoreFiles.writeInput(dir.resolve("input"));
        assertThat(JarProcess.run(dir.resolve("first.log"), args(dir, input)).exitCode()).isZero();
        // a store that refuses a row the job believes it may write: a failure no input or setting explains
        StoreFiles.execute(dir.resolve("store"),
                "ALTER TABLE billing_total ADD CONSTRAINT test_defect CHECK (client_name <> 'Defect Ltd')");
        StoreFiles.write(input, "billing/billing-2024-03.csv", StoreFiles.BILLING_HEADER
                + "M1,2024-03,C9,Defect Ltd,AI,USAGE,10.00,USD\n");

        JarProcess.Finished run = JarProcess.run(dir.resolve("run.log"), args(dir, input));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("revreport: defect (a bug in revreport, not a fault of the input): ")
                .contains("TEST_DEFECT").endsWith("; the stack trace is in the log (standard output)\n")
                .hasLineCount(1);
        assertThat(read(dir.resolve("run.log"))).contains("\tat org.h2.");
    }

    @Test
    void anOptionGivenTwiceExitsTwoNamingIt() throws Exception {
        JarProcess.Finished run = JarProcess.run(dir.resolve("run.log"),
                "--input=" + StoreFiles.writeInput(dir.resolve("input")), "--store=" + dir.resolve("store"),
                "--output=" + dir.resolve("a"), "--output=" + dir.resolve("b"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.stderr()).isEqualTo("revreport: option --output is given more than once; give it once\n");
        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(dir.resolve("a,b")).doesNotExist();
    }

    @Test
    void aNewlineInAFileNameCannotForgeALogLine() throws Exception {
        Path input = StoreFiles.inputWithMarch(dir.resolve("input"), "billing-2024-03\nRun 99 COMPLETED in 0.1 s.csv",
                "M1,2024-03,C1,Acme,AI,USAGE,10.00,USD");

        JarProcess.Finished run = JarProcess.run(dir.resolve("run.log"), args(dir, input));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("billing/billing-2024-03\\nRun 99 COMPLETED in 0.1 s.csv: 1 rows");
        assertThat(run.output().lines()).noneMatch(line -> line.startsWith("Run 99"));
    }

    /** Needs {@code mount}: root with CAP_SYS_ADMIN, as on a developer's machine or a privileged CI runner. */
    @Test
    void aFullDiskUnderTheStoreNamesTheStoreAndARunWithSpaceGivesTheFigures() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        Path store = disk.resolve("store");
        Path input = StoreFiles.writeInput(dir.resolve("input"));
        Path storeOnDisk = dir.resolve("store");
        assertThat(JarProcess.run(dir.resolve("first.log"), "--input=" + input, "--store=" + storeOnDisk,
                "--output=" + dir.resolve("output")).exitCode()).isZero();
        long storeSize = size(storeOnDisk);
        Assumptions.assumeTrue(mount(disk, "size=" + (storeSize + 128 * 1024)),
                "mount -t tmpfs is not allowed here (needs root with CAP_SYS_ADMIN): no full disk to test with");
        try {
            StoreFiles.copyFolder(storeOnDisk, store);
            // March: 20,000 clients of 1.00 each, far more totals than the disk has room for
            StringBuilder march = new StringBuilder(StoreFiles.BILLING_HEADER);
            for (int i = 1; i <= 20_000; i++) {
                march.append("M").append(i).append(",2024-03,CL-").append(i).append(",Client ").append(i)
                        .append(",AI,USAGE,1.00,USD\n");
            }
            StoreFiles.write(input, "billing/billing-2024-03.csv", march.toString());

            JarProcess.Finished full = JarProcess.run(dir.resolve("full.log"), "--input=" + input, "--store=" + store,
                    "--output=" + dir.resolve("output"));

            assertThat(full.exitCode()).as(full.output()).isEqualTo(1);
            // H2 reports the full disk either as the write's own error or as the short read that follows it, so
            // the line is checked for what the operator acts on, not for the wording of the cause
            assertThat(full.stderr()).startsWith("revreport: the disk holding the store " + store + " is full (")
                    .endsWith("); free space there and run again: the store keeps what it had\n")
                    .containsOnlyOnce("\n");

            assertThat(mount(disk, "remount,size=" + (storeSize + 16 * 1024 * 1024))).isTrue();
            JarProcess.Finished rerun = JarProcess.run(dir.resolve("rerun.log"), "--input=" + input, "--store=" + store,
                    "--output=" + dir.resolve("output"));

            assertThat(rerun.exitCode()).as(rerun.output()).isZero();
            // 20,000 x 1.00
            assertThat(StoreFiles.query(store, "SELECT SUM(amount), COUNT(*) FROM billing_total "
                    + "WHERE billing_month = '2024-03'")).containsExactly(List.of("20000", 20_000L));
            assertThat(january(store)).containsExactly(List.of("150", 2L));
        }
        finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    private static boolean mount(Path at, String options) throws IOException, InterruptedException {
        List<String> command = options.startsWith("remount")
                ? List.of("mount", "-o", options, at.toString())
                : List.of("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString());
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        }
        catch (IOException noMountCommand) {
            return false;
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
