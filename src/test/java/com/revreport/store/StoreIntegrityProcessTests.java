package com.revreport.store;

import com.revreport.testing.FirstRun;
import com.revreport.testing.JarProcess;
import com.revreport.testing.StoreFiles;
import com.revreport.testing.WorkbookTables;

import static com.revreport.testing.StoreFiles.BILLING_HEADER;
import static com.revreport.testing.StoreFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.ingest.Sha256;

/**
 * The packaged jar on a store folder cut short, emptied of a file or swapped: refused with exit 1 and one
 * line on stderr naming the store and what to do, the published workbook as it was; a copy of the whole
 * folder put back works.
 */
class StoreIntegrityProcessTests {

    private static final String WHAT_TO_DO = "; put back the copy of the whole store folder, database and marker together";

    /** The first run, made once: each test damages the folder as the first run left it. */
    @TempDir
    static Path firstRun;

    @TempDir
    Path dir;

    Path input;

    Path store;

    Path output;

    Path workbook;

    String published;

    @BeforeEach
    void copyOfTheFirstRun() throws Exception {
        Path run = FirstRun.restore(firstRun);
        input = run.resolve("input");
        store = run.resolve("store");
        output = run.resolve("output");
        workbook = run.resolve(FirstRun.WORKBOOK);
        published = Sha256.of(workbook);
    }

    private String[] args(Path storeFolder) {
        return new String[] { "--input=" + input, "--store=" + storeFolder, "--output=" + output };
    }

    /** The one stderr line of a refused store, the published workbook untouched. */
    private void assertRefused(JarProcess.Separated run, String what) throws IOException {
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.stderr()).containsExactly("revreport: the store " + store.toAbsolutePath() + " is refused: " + what
                + WHAT_TO_DO);
        // the log says the same in one line, with no stack trace: a refused store is not a defect
        assertThat(run.output()).contains("is refused: " + what).doesNotContain("\tat ")
                .doesNotContain("APPLICATION FAILED TO START").doesNotContain("Application run failed");
        assertThat(Sha256.of(workbook)).isEqualTo(published);
    }

    private JarProcess.Separated rerun() throws Exception {
        return JarProcess.runSeparatingStderr(dir.resolve("rerun.log"), args(store));
    }

    @Test
    void storeCutShortIsRefusedNotTakenForANewOne() throws Exception {
        Path database = store.resolve("revreport.mv.db");
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            file.setLength(file.length() / 4);
        }

        JarProcess.Separated run = rerun();

        // H2 makes of the rest an empty database, or an older one, or none: refused in every case
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.stderr()).hasSize(1);
        assertThat(run.stderr().get(0)).startsWith("revreport: the store " + store.toAbsolutePath() + " is refused: its "
                + "database ").endsWith(WHAT_TO_DO);
        assertThat(Sha256.of(workbook)).isEqualTo(published);
        assertThat(run.output()).doesNotContain("LOADED");
    }

    @Test
    void databaseThatCannotBeOpenedIsRefused() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new java.util.Random(11).nextBytes(noise);
        Files.write(store.resolve("revreport.mv.db"), noise);

        JarProcess.Separated run = rerun();

        assertThat(run.stderr()).singleElement().asString()
                .startsWith("revreport: the store " + store.toAbsolutePath() + " is refused: its database revreport.mv.db "
                        + "cannot be opened (").endsWith(WHAT_TO_DO);
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(Sha256.of(workbook)).isEqualTo(published);
    }

    @Test
    void storeWithoutItsMarkerIsRefused() throws Exception {
        Files.delete(store.resolve("revreport.identity"));

        assertRefused(rerun(), "its marker revreport.identity is missing");
    }

    @Test
    void storeWithoutItsDatabaseIsRefusedAndNoNewOneIsMade() throws Exception {
        Files.delete(store.resolve("revreport.mv.db"));

        assertRefused(rerun(), "its database revreport.mv.db is missing beside its marker revreport.identity");
        assertThat(store.resolve("revreport.mv.db")).doesNotExist();
    }

    @Test
    void databaseOfAnotherStoreIsRefused() throws Exception {
        Path other = dir.resolve("other-store");
        JarProcess.Finished otherRun = JarProcess.run(dir.resolve("other.log"), "--input=" + input, "--store=" + other,
                "--output=" + dir.resolve("other-output"));
        assertThat(otherRun.exitCode()).as(otherRun.output()).isZero();
        Files.copy(other.resolve("revreport.mv.db"), store.resolve("revreport.mv.db"), StandardCopyOption.REPLACE_EXISTING);

        JarProcess.Separated run = rerun();

        assertThat(run.stderr()).singleElement().asString().contains(" is refused: its database is another store's (id ");
        assertRefused(run, run.stderr().get(0).replaceFirst(".* is refused: ", "").replace(WHAT_TO_DO, ""));
    }

    @Test
    void copyOfTheWholeStoreFolderPutBackWorksAndItsDatabaseAloneIsRefused() throws Exception {
        Path copy = dir.resolve("store-copy");
        StoreFiles.copyFolder(store, copy);
        // after the copy: February restated with a second export, the store moves on a generation
        write(input, "billing/billing-2024-02-part2.csv", BILLING_HEADER + "F9,2024-02,C2,Beta,AI,USAGE,7,USD\n");
        JarProcess.Finished second = JarProcess.run(dir.resolve("second.log"), args(store));
        assertThat(second.exitCode()).as(second.output()).isZero();
        published = Sha256.of(workbook);

        // the copy's database alone, beside the newer marker
        Files.copy(copy.resolve("revreport.mv.db"), store.resolve("revreport.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        assertRefused(rerun(), "its database is behind its marker (generation 1, the marker says 2): an older copy, "
                + "or one cut short");

        // the whole folder, database and marker together
        deleteFolder(store);
        StoreFiles.copyFolder(copy, store);
        Files.delete(workbook);
        JarProcess.Separated restored = rerun();

        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(restored.stderr()).isEmpty();
        // the copy predates part2, so February is restated again: 200 - 20 + 7 = 187;
        // January 100.10 + 50 EUR x 1.1 = 155.10; the quarter 155.10 + 187 = 342.10
        var reconciliation = WorkbookTables.rows(workbook, "tblReconciliation");
        assertThat((BigDecimal) WorkbookTables.row(reconciliation, "Segment", "AI", "Month", "2024-02").get("Billed"))
                .isEqualByComparingTo("187");
        assertThat((BigDecimal) WorkbookTables.row(reconciliation, "Segment", "AI", "Month", "FY2024-Q1").get("Billed"))
                .isEqualByComparingTo("342.10");
        assertThat(restored.output()).contains("months {REPLACED=1, UNCHANGED=1}");
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
