package com.revreport.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.revreport.bench.BenchmarkData;

/**
 * Six months of 50,000 generated lines, long enough for a run to be killed or stopped inside ingestion
 * and inside writing, and the workbook a clean run of the jar makes of them, to compare a later run with.
 */
public record CleanRun(Path input, Path workbook, List<String> figures) {

    public static final String WORKBOOK = "output/FY2023-Q2/revenue-report-FY2023-Q2.xlsx";

    public static CleanRun onGeneratedInput(Path shared) throws Exception {
        Path input = shared.resolve("input");
        BenchmarkData.write(input, 300_000, 6, 20_000);
        Path clean = shared.resolve("clean");
        CleanRun cleanRun = new CleanRun(input, clean.resolve(WORKBOOK), List.of());
        JarProcess.Finished run = JarProcess.run(shared.resolve("clean.log"), cleanRun.args(clean));
        assertThat(run.exitCode()).as(run.output()).isZero();
        List<String> figures = WorkbookCells.figures(cleanRun.workbook());
        assertThat(figures).isNotEmpty();
        return new CleanRun(input, cleanRun.workbook(), figures);
    }

    /** A run on the generated input with its store and output under {@code work}. */
    public String[] args(Path work, String... more) {
        List<String> all = new ArrayList<>(List.of("--input=" + input, "--store=" + work.resolve("store"),
                "--output=" + work.resolve("output")));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
