package com.revreport.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The jar's first run on {@link StoreFiles#writeJanuaryAndFebruary}'s input, made once for the tests of a class
 * that start from it, instead of once per test. Each test gets the folder exactly as the first run left it,
 * at the same place: the store records where it published its workbook, so a copy elsewhere would point a
 * test's store at another test's workbook. The tests of a class run one after another, as JUnit runs them.
 */
public final class FirstRun {

    /** The first run's workbook, under the output folder. */
    public static final String WORKBOOK = "output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx";

    private FirstRun() {
    }

    /**
     * The folder {@code made/run} as the first run left it, with {@code input}, {@code store} and {@code output}
     * under it: made by the jar the first time, put back from a copy of it every later time.
     */
    public static synchronized Path restore(Path made) throws Exception {
        Path run = made.resolve("run");
        Path kept = made.resolve("as-the-first-run-left-it");
        if (!Files.exists(kept)) {
            deleteTree(run);
            StoreFiles.writeJanuaryAndFebruary(run.resolve("input"));
            JarProcess.Finished first = JarProcess.run(made.resolve("first.log"), "--input=" + run.resolve("input"),
                    "--store=" + run.resolve("store"), "--output=" + run.resolve("output"));
            assertThat(first.exitCode()).as(first.output()).isZero();
            StoreFiles.copyTree(run, kept);
            return run;
        }
        deleteTree(run);
        StoreFiles.copyTree(kept, run);
        return run;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
