package com.revreport.cli;

import com.revreport.testing.StoreFiles;
import com.revreport.testing.JarProcess;
import com.revreport.testing.WorkbookTables;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.ingest.Sha256;

/**
 * The jar as an operator starts it, from any folder: the template built into it, configuration from
 * {@code REVREPORT_*} variables and no other, and the built-in template written out for finance to restyle.
 */
class CommandLineProcessTests {

    @TempDir
    Path dir;

    @Test
    void fromAFolderHoldingOnlyInputItWritesTheWorkbookFromTheBuiltInTemplateConfiguredOnlyByPrefixedVariables()
            throws Exception {
        Path folder = dir.resolve("job");
        // January and February 2024 are FY2024-Q3 (the fiscal year starting in July), November 2023 FY2024-Q2
        StoreFiles.inputWithMarch(folder.resolve("input"), "billing-2023-11.csv",
                "N1,2023-11,C1,Acme,AI,USAGE,10.00,USD");
        Map<String, String> environment = new HashMap<>(Map.of("REVREPORT_QUARTER", "FY2024-Q2"));
        // set on the host for something else: read as options, each would fail the run or change what it reads
        for (String name : List.of("INPUT", "OUTPUT", "STORE", "TEMPLATE")) {
            environment.put(name, "/nonexistent");
        }
        environment.putAll(Map.of("QUARTER", "FY1999-Q1", "CRON", "never", "SCHEDULE", "true", "DEBUG", "true"));

        JarProcess.Finished run = JarProcess.runIn(folder, environment, dir.resolve("run.log"),
                "--fiscal-year-start-month=7");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.stderr()).isEmpty();
        // Spring Boot's answer to DEBUG=true
        assertThat(run.output()).doesNotContain("CONDITIONS EVALUATION REPORT");
        assertThat(folder.resolve("output/FY2024-Q3")).doesNotExist();
        List<Path> workbooks = StoreFiles.files(folder.resolve("output/FY2024-Q2"));
        assertThat(workbooks).hasSize(1);
        Map<String, Object> parameters = new HashMap<>();
        WorkbookTables.rows(workbooks.get(0), "tblRun").forEach(row -> parameters.put((String) row.get("Item"),
                row.get("Value")));
        assertThat(parameters).containsEntry("Parameter template", "built-in")
                .containsEntry("Parameter quarter", "FY2024-Q2")
                .containsEntry("Parameter input", folder.resolve("input").toAbsolutePath().toString())
                .containsEntry("Parameter store", folder.resolve("data").toAbsolutePath().toString());
    }

    @Test
    void writeTemplateWritesTheBuiltInTemplateAndNeverOverAnExistingFile() throws Exception {
        Path copy = dir.resolve("restyle-me.xlsx");

        JarProcess.Finished written = JarProcess.runIn(dir, Map.of(), dir.resolve("written.log"), "--write-template=" + copy);

        assertThat(written.exitCode()).as(written.output()).isZero();
        assertThat(written.stderr()).isEmpty();
        assertThat(Sha256.of(copy)).isEqualTo(Sha256.of(JarProcess.template()));

        Files.writeString(copy, "finance's restyled copy");
        JarProcess.Finished again = JarProcess.runIn(dir, Map.of(), dir.resolve("again.log"), "--write-template=" + copy);

        assertThat(again.exitCode()).as(again.output()).isEqualTo(2);
        assertThat(again.stderr()).isEqualTo("revreport: --write-template=" + copy + " is invalid: " + copy
                + " exists and is kept; name a new file\n");
        assertThat(copy).hasContent("finance's restyled copy");
    }

    @Test
    void aBadValueInTheEnvironmentExitsTwoWithOneLineNamingTheVariable() throws Exception {
        JarProcess.Finished run = JarProcess.runIn(dir, Map.of("REVREPORT_FISCAL_YEAR_START_MONTH", "july"),
                dir.resolve("run.log"), "--input=" + StoreFiles.writeInput(dir.resolve("input")), "--store=" + dir.resolve("store"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("revreport: REVREPORT_FISCAL_YEAR_START_MONTH=july is invalid: ")
                .hasLineCount(1);
        assertThat(run.output()).doesNotContain("\tat ", "APPLICATION FAILED TO START");
    }

    @Test
    void aBadValueLeavesNoStoreFolderNorLockFileBehindWhetherTheStoreIsNamedOrTheDefault() throws Exception {
        Path input = StoreFiles.writeInput(dir.resolve("input"));
        Path named = dir.resolve("named-store");

        JarProcess.Finished byDefault = JarProcess.runIn(dir, Map.of(), dir.resolve("default.log"), "--input=" + input,
                "--fiscal-year-start-month=13");
        JarProcess.Finished byName = JarProcess.runIn(dir, Map.of(), dir.resolve("named.log"), "--input=" + input,
                "--store=" + named, "--fiscal-year-start-month=13");

        assertThat(byDefault.exitCode()).as(byDefault.output()).isEqualTo(2);
        assertThat(byName.exitCode()).as(byName.output()).isEqualTo(2);
        // the default store is data/ in the folder the job starts in
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(named).doesNotExist();
    }

    @Test
    void aStoreUsedBeforeKeepsItsFilesAfterABadValue() throws Exception {
        Path input = StoreFiles.writeInput(dir.resolve("input"));
        Path store = dir.resolve("store");
        JarProcess.Finished first = JarProcess.runIn(dir, Map.of(), dir.resolve("first.log"), "--input=" + input,
                "--store=" + store);
        assertThat(first.exitCode()).as(first.output()).isZero();
        List<Path> before;
        try (var files = Files.list(store)) {
            before = files.map(Path::getFileName).sorted().toList();
        }

        JarProcess.Finished bad = JarProcess.runIn(dir, Map.of(), dir.resolve("bad.log"), "--input=" + input,
                "--store=" + store, "--fiscal-year-start-month=13");

        assertThat(bad.exitCode()).as(bad.output()).isEqualTo(2);
        try (var files = Files.list(store)) {
            assertThat(files.map(Path::getFileName).sorted().toList()).isEqualTo(before);
        }
    }

    @Test
    void anInputFolderWithoutBillingFilesExitsOneNamingTheFolderAndKeepsTheLastWorkbook() throws Exception {
        Path input = StoreFiles.writeInput(dir.resolve("input"));
        Path output = dir.resolve("output");
        JarProcess.Finished first = JarProcess.runIn(dir, Map.of(), dir.resolve("first.log"), "--input=" + input,
                "--store=" + dir.resolve("store"), "--output=" + output);
        assertThat(first.exitCode()).as(first.output()).isZero();
        List<Path> workbooks;
        try (var files = Files.walk(output)) {
            workbooks = files.filter(f -> f.toString().endsWith(".xlsx")).toList();
        }
        assertThat(workbooks).hasSize(1);
        byte[] published = Files.readAllBytes(workbooks.get(0));
        try (var files = Files.list(input.resolve("billing"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }

        JarProcess.Finished run = JarProcess.runIn(dir, Map.of(), dir.resolve("run.log"), "--input=" + input,
                "--store=" + dir.resolve("store"), "--output=" + output);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.stderr()).contains("no billing files in " + input.resolve("billing").toAbsolutePath())
                .hasLineCount(1);
        assertThat(workbooks.get(0)).hasBinaryContent(published);
    }

    @Test
    void aFormatFileWithAnUnknownKeyExitsTwoAtStartWithOneLineNamingTheFileAndTheKey() throws Exception {
        Files.createDirectories(dir.resolve("formats"));
        // a typo an operator makes: "delimeter"; the file is found relative to the folder the job starts in
        Files.writeString(dir.resolve("formats/erp.yaml"), "billing:\n  delimeter: \";\"\n"
                + "  columns: {client_id: Kundennr, segment: Sparte, amount: Betrag}\n");
        Path input = StoreFiles.writeInput(dir.resolve("input"));

        JarProcess.Finished run = JarProcess.runIn(dir, Map.of(), dir.resolve("run.log"), "--input=" + input,
                "--store=" + dir.resolve("store"), "--billing-format=formats/erp.yaml");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("revreport: --billing-format=formats/erp.yaml: key billing.delimeter is not "
                + "a key of a format file").hasLineCount(1);
        assertThat(run.output()).doesNotContain("\tat ", "APPLICATION FAILED TO START");
        assertThat(dir.resolve("output")).doesNotExist();
    }

    @Test
    void helpListsTheBillingFormatOption() throws Exception {
        JarProcess.Finished help = JarProcess.runIn(dir, Map.of(), dir.resolve("help.log"), "--help");

        assertThat(help.exitCode()).as(help.output()).isZero();
        assertThat(help.output()).contains("--billing-format=NAME|FILE");
    }
}
