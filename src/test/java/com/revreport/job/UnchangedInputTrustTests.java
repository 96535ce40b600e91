package com.revreport.job;

import com.revreport.testing.StoreFiles;
import com.revreport.testing.WorkbookTables;

import static com.revreport.testing.StoreFiles.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.RevReportApplication;
import com.revreport.ingest.Sha256;

/**
 * An input file whose size, times and inode are as when it was last hashed is taken as unchanged without
 * being read; any other is hashed again. The whole application in this JVM, on real CSV files and a real
 * H2 file store.
 */
class UnchangedInputTrustTests {

    private static final String FEBRUARY = "billing/billing-2024-02.csv";

    private static final String FORGED = "f".repeat(64);

    /** One input folder per test, all written before the one wait for their change times to age. */
    @TempDir
    static Path inputs;

    private static final Deque<Path> UNUSED_INPUTS = new ArrayDeque<>();

    @TempDir
    Path dir;

    Path input;

    Path store;

    @BeforeAll
    static void inputsAClockTickOld() throws Exception {
        long tests = Arrays.stream(UnchangedInputTrustTests.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class)).count();
        for (int i = 0; i < tests; i++) {
            Path folder = inputs.resolve("input-" + i);
            StoreFiles.writeJanuaryAndFebruary(folder);
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
                }
            }
            UNUSED_INPUTS.add(folder);
        }
        // a stamp is trusted only once the file's change time (set by the kernel, now) lies a clock tick
        // back: a file written just before it was read could be written again within the same tick
        Thread.sleep(3_100);
    }

    @BeforeEach
    void firstRun() throws Exception {
        input = UNUSED_INPUTS.remove();
        store = dir.resolve("store");
        assertThat(run()).isZero();
        assertThat(query(store, "SELECT COUNT(*) FROM input_file_hash")).as("every file hashed and recorded")
                .containsExactly(List.of(4L));
    }

    private int run(String... options) {
        String[] args = Stream.concat(Stream.of("--input=" + input, "--store=" + store, "--output=" + dir.resolve("output")),
                Stream.of(options)).toArray(String[]::new);
        return RevReportApplication.run(args);
    }

    /** The record of February's file says another hash than its content has: what trusting it shows. */
    private void forgeFebruarysRecordedHash() throws Exception {
        StoreFiles.execute(store, "UPDATE input_file_hash SET sha256 = '" + FORGED + "' WHERE file_path = '"
                + input.resolve(FEBRUARY).toAbsolutePath() + "'");
    }

    private List<List<Object>> februaryThisRun() throws Exception {
        return query(store, "SELECT action, sha256 FROM run_file WHERE run_id = ? AND file_name = ?",
                StoreFiles.latestRunId(store), FEBRUARY);
    }

    private BigDecimal billedInFebruary() throws IOException {
        Path workbook = dir.resolve("output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx");
        return (BigDecimal) WorkbookTables.row(WorkbookTables.rows(workbook, "tblReconciliation"), "Segment", "AI",
                "Month", "2024-02").get("Billed");
    }

    @Test
    void fileWithTheStampItWasHashedUnderIsNotReadAgain() throws Exception {
        forgeFebruarysRecordedHash();

        // the plan took the hash from the record, not from the file: the month looks changed, and loading it
        // re-hashes the file against that planned hash, which the file's content does not have
        assertThat(run()).isEqualTo(1);

        assertThat(query(store, "SELECT message FROM run_history WHERE run_id = ?", StoreFiles.latestRunId(store)))
                .singleElement().asString().contains(FEBRUARY + ": changed while the run was loading it")
                .contains("planned " + FORGED);
    }

    @Test
    void fileRewrittenWithTheSameSizeAndANewModificationTimeIsHashedAgain() throws Exception {
        Path february = input.resolve(FEBRUARY);
        long size = Files.size(february);
        FileTime hashedAt = Files.getLastModifiedTime(february);
        // in place (same inode), same length: 200 becomes 300
        Files.writeString(february, Files.readString(february).replace(",200,", ",300,"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(february, FileTime.from(hashedAt.toInstant().plusSeconds(60)));
        assertThat(Files.size(february)).isEqualTo(size);

        assertThat(run()).isZero();

        assertThat(februaryThisRun()).containsExactly(List.of("REPLACED", Sha256.of(february)));
        // 300 usage - 20 credit
        assertThat(billedInFebruary()).isEqualByComparingTo("280");
    }

    @Test
    void fileReplacedByAnotherOfTheSameSizeAndModificationTimeIsHashedAgain() throws Exception {
        Path february = input.resolve(FEBRUARY);
        BasicFileAttributes before = Files.readAttributes(february, BasicFileAttributes.class);
        Path replacement = dir.resolve("replacement.csv");
        Files.writeString(replacement, Files.readString(february).replace(",200,", ",300,"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(replacement, before.lastModifiedTime());
        Files.move(replacement, february, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        BasicFileAttributes after = Files.readAttributes(february, BasicFileAttributes.class);
        assertThat(after.size()).isEqualTo(before.size());
        assertThat(after.lastModifiedTime()).isEqualTo(before.lastModifiedTime());
        assertThat(after.fileKey()).as("another inode").isNotEqualTo(before.fileKey());

        assertThat(run()).isZero();

        assertThat(februaryThisRun()).containsExactly(List.of("REPLACED", Sha256.of(february)));
        assertThat(billedInFebruary()).isEqualByComparingTo("280");
    }

    @Test
    void fullCheckHashesEveryFileAgain() throws Exception {
        forgeFebruarysRecordedHash();

        assertThat(run("--full-check")).isZero();

        // read again, February's hash is the one it was loaded with
        assertThat(februaryThisRun()).containsExactly(List.of("UNCHANGED", Sha256.of(input.resolve(FEBRUARY))));
        assertThat(query(store, "SELECT sha256 FROM input_file_hash WHERE file_path = ?",
                input.resolve(FEBRUARY).toAbsolutePath().toString())).containsExactly(List.of(Sha256.of(input.resolve(FEBRUARY))));
    }

    @Test
    void fileWhoseTimesAreNotAClockTickBeforeTheRunIsNotTrustedNextTime() throws Exception {
        Path march = input.resolve("billing/billing-2024-03.csv");
        Files.writeString(march, StoreFiles.BILLING_HEADER + "M1,2024-03,C1,Acme,AI,USAGE,10,USD\n");
        // as a file written the moment before it is read could be written again within the same tick; dated
        // ahead here, so that no slowness of this run can make it old enough
        Files.setLastModifiedTime(march, FileTime.from(Instant.now().plus(10, ChronoUnit.MINUTES)));

        assertThat(run()).isZero();

        // hashed for this run, and not recorded: the next run hashes it again
        assertThat(query(store, "SELECT COUNT(*) FROM input_file_hash WHERE file_path = ?", march.toAbsolutePath().toString()))
                .containsExactly(List.of(0L));
        assertThat(query(store, "SELECT COUNT(*) FROM input_file_hash")).containsExactly(List.of(4L));
    }
}
