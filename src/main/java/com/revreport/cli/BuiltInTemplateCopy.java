package com.revreport.cli;

import com.revreport.model.InvalidOptionException;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.revreport.model.ExpectedFailure;
import com.revreport.report.ReportTemplate;

/**
 * {@code --write-template=FILE}: the built-in template as a file for finance to restyle (docs/template.md),
 * then given back with {@code --template=FILE}. Never over an existing file, which may be the restyled copy.
 */
public final class BuiltInTemplateCopy {

    private BuiltInTemplateCopy() {
    }

    public static void write(Path file) {
        try {
            ReportTemplate.writeBuiltIn(file);
        }
        catch (FileAlreadyExistsException e) {
            throw new InvalidOptionException("--write-template=" + file + " is invalid: " + file.toAbsolutePath()
                    + " exists and is kept; name a new file");
        }
        catch (NoSuchFileException e) {
            throw new InvalidOptionException("--write-template=" + file + " is invalid: the folder "
                    + file.toAbsolutePath().getParent() + " does not exist");
        }
        catch (IOException e) {
            throw new ExpectedFailure("cannot write the template to " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        System.out.println("Wrote the built-in template to " + file.toAbsolutePath() + "; restyle it as docs/template.md "
                + "says and run with --template=" + file);
    }
}
