package com.revreport.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.revreport.bench.BenchmarkData;

/**
 * Six months of 50,000 generated lines, long enough for a run to be killed or stopped inside ingestion
 * and inside writing, and the workbook a clean run of the jar makes of them, to compare a later run with.
 */
public record CleanRun(Path input, Path workbook, List<String> figures) {

    public static final String WORKBOOK = "output/FY2023-Q2/revenue-report-FY2023-Q2.xlsx";

    private static CleanRun made;

    /**
     * The clean run, made once per test JVM for every class that compares with it: they read its input,
     * workbook and figures and write only under folders of their own. It is removed when the JVM exits.
     */
    public static synchronized CleanRun onGeneratedInput() throws Exception {
        if (made == null) {
            Path shared = Files.createTempDirectory("revreport-clean-run");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(shared)));
            made = onGeneratedInput(shared, 300_000, 20_000);
        }
        return made;
    }

    /**
     * The same six months on {@code lines} lines of {@code clients} clients, made in {@code shared}: for a test
     * whose behaviour needs no month long enough to be killed inside.
     */
    public static CleanRun onGeneratedInput(Path shared, int lines, int clients) throws Exception {
        Path input = shared.resolve("input");
        BenchmarkData.write(input, lines, 6, clients);
        Path clean = shared.resolve("clean");
        CleanRun cleanRun = new CleanRun(input, clean.resolve(WORKBOOK), List.of());
        JarProcess.Finished run = JarProcess.run(shared.resolve("clean.log"), cleanRun.args(clean));
        assertThat(run.exitCode()).as(run.output()).isZero();
        List<String> figures = WorkbookCells.figures(cleanRun.workbook());
        assertThat(figures).isNotEmpty();
        return new CleanRun(input, cleanRun.workbook(), figures);
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        catch (IOException e) {
            // a temporary folder the JVM could not remove is left to the system's clean-up
        }
    }

    /** A run on the generated input with its store and output under {@code work}. */
    public String[] args(Path work, String... more) {
        List<String> all = new ArrayList<>(List.of("--input=" + input, "--store=" + work.resolve("store"),
                "--output=" + work.resolve("output")));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
