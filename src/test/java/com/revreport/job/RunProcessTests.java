package com.revreport.job;

import com.revreport.testing.JarProcess;
import com.revreport.testing.StoreFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The packaged jar as a scheduler starts it: exit codes, the store lock, schedule mode. */
class RunProcessTests {

    private static final Path DEMO_INPUT = Path.of("input").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void writesTheDemoWorkbookAndExitsZero() throws Exception {
        JarProcess.Finished run = JarProcess.run(dir.resolve("run.log"), "--input=" + DEMO_INPUT,
                "--store=" + dir.resolve("store"), "--output=" + dir.resolve("output"), "--fiscal-year-start-month=7",
                "--quarter=FY2024-Q3");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(dir.resolve("output/FY2024-Q3/revenue-report-FY2024-Q3.xlsx")).isRegularFile();
        assertThat(run.output()).contains("COMPLETED", "quarter FY2024-Q3");
    }

    @Test
    void failedRunExitsOneNamingTheFileAndLine() throws Exception {
        Path input = dir.resolve("input");
        StoreFiles.write(input, "billing/billing-2024-01.csv", StoreFiles.BILLING_HEADER + "J1,2024-01,C1,A,AI,USAGE,1,USD\n");
        StoreFiles.write(input, "ledger/ledger.csv", "month,segment,revenue,currency\n2024-01,AI,1,USD\n2024-01,AI,1,USD\n");

        JarProcess.Finished run = JarProcess.run(dir.resolve("run.log"), "--input=" + input,
                "--store=" + dir.resolve("store"), "--output=" + dir.resolve("output"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("ledger/ledger.csv line 3: duplicate ledger row for 2024-01 / AI");
        assertThat(dir.resolve("output")).doesNotExist();
    }

    @Test
    void aBadExplanationFailsTheRunNamingFileAndLineBeforeAnyMonthIsLoaded() throws Exception {
        Path input = dir.resolve("input");
        StoreFiles.write(input, "billing/billing-2024-01.csv", StoreFiles.BILLING_HEADER + "J1,2024-01,C1,A,AI,USAGE,1,USD\n");
        StoreFiles.write(input, "ledger/ledger.csv", "month,segment,revenue,currency\n2024-01,AI,1,USD\n");
        String[] options = { "--input=" + input, "--store=" + dir.resolve("store"), "--output=" + dir.resolve("output") };
        assertThat(JarProcess.run(dir.resolve("first.log"), options).exitCode()).isZero();
        Path workbook;
        try (Stream<Path> written = Files.walk(dir.resolve("output"))) {
            workbook = written.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        byte[] published = Files.readAllBytes(workbook);

        // January restated, and an explanations file with one (segment, period) twice
        StoreFiles.write(input, "billing/billing-2024-01.csv", StoreFiles.BILLING_HEADER + "J1,2024-01,C1,A,AI,USAGE,2,USD\n");
        StoreFiles.write(input, "explanations/notes.csv", "segment,period,variance,explanation,by\n"
                + "AI,2024-01,1.00,late,M. Keller\nAI,2024-01,1.00,late again,M. Keller\n");
        JarProcess.Finished bad = JarProcess.run(dir.resolve("bad.log"), options);

        assertThat(bad.exitCode()).as(bad.output()).isEqualTo(1);
        assertThat(bad.output()).contains("explanations/notes.csv line 3: a second explanation for AI / 2024-01");
        assertThat(Files.readAllBytes(workbook)).isEqualTo(published);
        // the restated January was not loaded by the failed run: the next one, explanations fixed, loads it
        StoreFiles.write(input, "explanations/notes.csv", "segment,period,variance,explanation,by\n"
                + "AI,2024-01,1.00,late,M. Keller\n");
        JarProcess.Finished fixed = JarProcess.run(dir.resolve("fixed.log"), options);
        assertThat(fixed.exitCode()).as(fixed.output()).isZero();
        assertThat(fixed.output()).contains("REPLACED=1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--quarter=FY24-Q3                 | --quarter=FY24-Q3 is invalid",
            "--fiscal-year-start-month=13      | --fiscal-year-start-month=13 is invalid",
            "--fiscal-year-start-month=july    | --fiscal-year-start-month=july is invalid",
            "--reporting-currency=DOLLARS      | --reporting-currency=DOLLARS is invalid",
            "--cron=every-night                | --cron=every-night is invalid",
            "--quater=FY2024-Q3                | unknown option --quater",
            "--input=no-such-folder            | --input=no-such-folder is invalid",
            "--template=no-such-template.xlsx  | --template=no-such-template.xlsx is invalid" })
    void invalidOptionExitsTwoNamingIt(String option, String message) throws Exception {
        // JarProcess names the template; an option given twice would be joined into one value
        String input = option.startsWith("--input=") ? option : "--input=" + DEMO_INPUT;
        JarProcess.Finished run = option.startsWith("--template=")
                ? JarProcess.runWithoutTemplate(dir.resolve("run.log"), input, "--store=" + dir.resolve("store"),
                        "--output=" + dir.resolve("output"), option)
                : JarProcess.run(dir.resolve("run.log"), input, "--store=" + dir.resolve("store"),
                        "--output=" + dir.resolve("output"), option.startsWith("--input=") ? "--quarter=FY2024-Q3" : option);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains(message);
        assertThat(dir.resolve("store/revreport.mv.db")).doesNotExist();
    }

    @Test
    void helpListsEveryOptionWithItsDefault() throws Exception {
        JarProcess.Finished run = JarProcess.run(dir.resolve("run.log"), "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("--input", "--output", "--store", "--quarter", "--fiscal-year-start-month",
                "--reporting-currency", "--schedule", "--cron", "default: 0 0 2 * * *", "default: USD",
                "default: input", "default: output", "default: data", "default: 1", "default: newest", "default: 0.05",
                "default: 1000.00", "default: 0.005", "default: 2023", "default: 0.10");
    }

    @Test
    void secondRunOnTheSameStoreExitsThreeWhileTheFirstHoldsIt() throws Exception {
        Path store = dir.resolve("store");
        // schedule mode with a nightly cron: up and holding the store, not running
        JarProcess holder = JarProcess.start(dir.resolve("holder.log"), "--input=" + DEMO_INPUT, "--store=" + store,
                "--output=" + dir.resolve("output"), "--fiscal-year-start-month=7", "--schedule");
        try {
            holder.awaitLog("Scheduled mode", Duration.ofMinutes(2));

            JarProcess.Finished second = JarProcess.run(dir.resolve("second.log"), "--input=" + DEMO_INPUT,
                    "--store=" + store, "--output=" + dir.resolve("output"), "--fiscal-year-start-month=7");

            assertThat(second.exitCode()).as(second.output()).isEqualTo(3);
            assertThat(second.stderr()).startsWith("revreport: another run holds the store " + store + " (pid "
                    + holder.process.pid() + " on ").hasLineCount(1);
            // refused before its application context was made: Spring Boot logs this line once it has made it
            assertThat(holder.output()).contains("Starting RevReportApplication");
            assertThat(second.output()).doesNotContain("Starting RevReportApplication");
        }
        finally {
            holder.stop();
        }

        JarProcess.Finished third = JarProcess.run(dir.resolve("third.log"), "--input=" + DEMO_INPUT, "--store=" + store,
                "--output=" + dir.resolve("output"), "--fiscal-year-start-month=7");
        assertThat(third.exitCode()).as(third.output()).isZero();
    }

    @Test
    void scheduleModeRunsOnItsCronAndKeepsRunningAfterAFailedRun() throws Exception {
        Path input = dir.resolve("input");
        StoreFiles.write(input, "billing/billing-2024-01.csv", StoreFiles.BILLING_HEADER + "J1,2024-01,C1,A,AI,USAGE,1,USD\n");
        // a ledger without its required revenue column: every run fails until it is fixed
        StoreFiles.write(input, "ledger/ledger.csv", "month,segment,currency\n2024-01,AI,USD\n");

        JarProcess scheduled = JarProcess.start(dir.resolve("scheduled.log"), "--input=" + input,
                "--store=" + dir.resolve("store"), "--output=" + dir.resolve("output"), "--schedule",
                "--cron=*/2 * * * * *");
        try {
            scheduled.awaitLog("Scheduled run failed", Duration.ofMinutes(2));
            StoreFiles.write(input, "ledger/ledger.csv", "month,segment,revenue,currency\n2024-01,AI,1,USD\n");
            scheduled.awaitLog("Scheduled run finished: workbook written by run ", Duration.ofMinutes(2));
            java.util.regex.Matcher writer = java.util.regex.Pattern.compile(
                    "Scheduled run finished: workbook written by run (\\d+)").matcher(scheduled.output());
            assertThat(writer.find()).isTrue();
            // nothing changed since: the next runs keep that workbook and name the run that wrote it
            java.util.regex.Pattern kept = java.util.regex.Pattern.compile("Scheduled run finished: workbook kept: "
                    + ".*revenue-report-FY2024-Q1-QTD\\.xlsx \\(current: written by run " + writer.group(1) + "\\)");
            scheduled.await(() -> {
                try {
                    return kept.matcher(scheduled.output()).find();
                }
                catch (java.io.IOException e) {
                    return false;
                }
            }, Duration.ofMinutes(2), "a second successful scheduled run");

            assertThat(scheduled.process.isAlive()).isTrue();
            assertThat(dir.resolve("output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx")).isRegularFile();
        }
        finally {
            scheduled.stop();
        }
    }

    private static long count(String text, String what) {
        return Stream.of(text.split("\n")).filter(l -> l.contains(what)).count();
    }

}
