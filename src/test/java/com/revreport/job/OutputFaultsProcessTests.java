package com.revreport.job;

import com.revreport.testing.JarProcess;
import com.revreport.testing.SmallDisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.report.TemplateCopies;

/**
 * An output folder that cannot take the workbook, or a template that cannot make it, is refused by the
 * packaged jar with exit 2 and one line naming the option and the path, before any month is loaded:
 * no store is even created.
 */
class OutputFaultsProcessTests {

    private static final Path DEMO_INPUT = Path.of("input").toAbsolutePath();

    @TempDir
    Path dir;

    private JarProcess.Finished run(String... options) throws Exception {
        String[] args = new String[options.length + 3];
        args[0] = "--input=" + DEMO_INPUT;
        args[1] = "--store=" + dir.resolve("store");
        args[2] = "--fiscal-year-start-month=7";
        System.arraycopy(options, 0, args, 3, options.length);
        return JarProcess.run(dir.resolve("run.log"), args);
    }

    private void assertRefusedBeforeTheLoad(JarProcess.Finished run, String line) {
        assertThat(run.output()).contains("revreport: " + line + "\n");
        assertRefusedBeforeTheLoad(run);
    }

    private void assertRefusedBeforeTheLoad(JarProcess.Finished run) {
        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).doesNotContain("\tat com.revreport");
        assertThat(dir.resolve("store/revreport.mv.db")).doesNotExist();
    }

    @Test
    void anOutputThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("output"), "a file, not a folder");

        JarProcess.Finished run = run("--output=" + file);

        assertRefusedBeforeTheLoad(run, "--output=" + file + " is invalid: it is a file, not a folder");
        assertThat(file).hasContent("a file, not a folder");
    }

    @Test
    void anOutputInsideAFileIsRefusedNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("reports"), "a file where a folder should be");

        JarProcess.Finished run = run("--output=" + file.resolve("quarterly"));

        assertRefusedBeforeTheLoad(run, "--output=" + file.resolve("quarterly") + " is invalid: " + file
                + " is a file, so no folder can be made inside it");
    }

    @Test
    void anOutputOnAReadOnlyFileSystemIsRefusedEvenForRoot() throws Exception {
        Path readOnly = dir.resolve("read-only");
        try (SmallDisk disk = SmallDisk.mount(readOnly, "ro,size=1m")) {
            JarProcess.Finished run = run("--output=" + readOnly.resolve("output"));

            assertRefusedBeforeTheLoad(run, "--output=" + readOnly.resolve("output") + " is invalid: " + readOnly
                    + " cannot be written (a read-only file system, or no permission)");
        }
    }

    @Test
    void aTemplateThatIsNotAWorkbookIsRefusedNamingTheFile() throws Exception {
        Path csv = TemplateCopies.notAWorkbook(dir.resolve("quarterly-report.xlsx"));

        JarProcess.Finished run = JarProcess.runWithoutTemplate(dir.resolve("run.log"), "--input=" + DEMO_INPUT,
                "--store=" + dir.resolve("store"), "--output=" + dir.resolve("output"), "--template=" + csv);

        assertThat(run.output()).contains("revreport: --template=" + csv + " is invalid: the file " + csv
                + " is not a readable .xlsx workbook (");
        assertRefusedBeforeTheLoad(run);
    }

    @Test
    void aTemplateRestyledBeforeATableWasAddedIsRefusedNamingTheTable() throws Exception {
        Path old = TemplateCopies.withoutTable("tblRejects", dir.resolve("restyled.xlsx"));

        JarProcess.Finished run = JarProcess.runWithoutTemplate(dir.resolve("run.log"), "--input=" + DEMO_INPUT,
                "--store=" + dir.resolve("store"), "--output=" + dir.resolve("output"), "--template=" + old);

        assertRefusedBeforeTheLoad(run, "--template=" + old + " is invalid: the file " + old
                + " has no table named tblRejects (docs/template.md says what a template must keep and how to bring a "
                + "restyled one forward)");
        assertThat(dir.resolve("output")).doesNotExist();
    }
}
