package com.revreport.report;

import com.revreport.model.InvalidOptionException;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import com.revreport.report.xlsx.TemplateException;


/**
 * The options a run needs only at its end, checked at its start: a run that loads every month and
 * then cannot write its workbook has wasted the night, so a template that cannot make the workbook or
 * an output folder that cannot be written is refused before anything is loaded.
 */
public final class OutputAndTemplateCheck {

    private OutputAndTemplateCheck() {
    }

    public static void template(Path template) {
        if (!Files.isReadable(template) || Files.isDirectory(template)) {
            throw new InvalidOptionException("template", template.toString(), "a readable .xlsx report template");
        }
        try {
            ReportTemplate.file(template).check();
        }
        catch (TemplateException e) {
            throw new InvalidOptionException("--template=" + template + " is invalid: the file "
                    + template.toAbsolutePath() + " " + e.problem() + " (docs/template.md says what a template "
                    + "must keep and how to bring a restyled one forward)");
        }
    }

    /**
     * The folder may not exist yet (the run makes it): then the nearest folder above it that exists must
     * be one this process can write in. As root, permission bits allow everything, but a read-only
     * file system or an immutable folder still refuses, and so does a file standing where a folder
     * must be.
     */
    public static void output(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw invalidOutput(output, "it is a file, not a folder");
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw invalidOutput(output, "no folder of it exists");
        }
        if (!Files.isDirectory(existing)) {
            throw invalidOutput(output, existing + (existing.equals(absolute) ? " is not a folder (a link to nothing?)"
                    : " is a file, so no folder can be made inside it"));
        }
        if (!Files.isWritable(existing)) {
            throw invalidOutput(output, existing + " cannot be written (a read-only file system, or no permission)");
        }
    }

    private static InvalidOptionException invalidOutput(Path output, String reason) {
        return new InvalidOptionException("--output=" + output + " is invalid: " + reason);
    }
}
