package com.revreport.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.revreport.ingest.Sha256;

/**
 * The template a workbook is made from: the file {@code --template} names, or the one built into the
 * jar (the repository's {@code templates/quarterly-report.xlsx}), so that the job runs from any folder.
 * The built-in one is written out with {@code --write-template=FILE} for finance to restyle.
 */
public final class ReportTemplate {

    /** Packed beside this class by the build (pom.xml) from {@code templates/}. */
    private static final String BUILT_IN = "quarterly-report.xlsx";

    /** {@code null} for the built-in template. */
    private final Path file;

    private ReportTemplate(Path file) {
        this.file = file;
    }

    public static ReportTemplate builtIn() {
        return new ReportTemplate(null);
    }

    public static ReportTemplate file(Path file) {
        return new ReportTemplate(file);
    }

    /** The template as a message or the Run sheet names it: its absolute path, or {@code built-in}. */
    public String name() {
        return file == null ? "built-in" : file.toAbsolutePath().toString();
    }

    /** The template as a message names it. */
    String described() {
        return file == null ? "the built-in template" : "the template " + name();
    }

    /** What the report fingerprint holds of the template: a restyled one is a new workbook. */
    public String sha256() {
        try (InputStream in = open()) {
            return Sha256.of(in);
        }
        catch (IOException e) {
            throw TemplateException.unreadable(e).in(this);
        }
    }

    InputStream open() throws IOException {
        if (file != null) {
            return Files.newInputStream(file);
        }
        InputStream in = ReportTemplate.class.getResourceAsStream(BUILT_IN);
        if (in == null) {
            throw new IOException("the jar holds no " + BUILT_IN + "; it was built without templates/");
        }
        return in;
    }

    /**
     * Writes the built-in template to a new file, never over an existing one: that may be a restyled
     * copy, the only one.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     * @throws IOException when it cannot be written
     */
    public static void writeBuiltIn(Path target) throws IOException {
        try (InputStream in = builtIn().open()) {
            Files.copy(in, target);
        }
    }
}
