package com.revreport.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

import com.revreport.model.ExpectedFailure;

/**
 * The workbook could not be written (a full disk, a folder that cannot be written): the previous
 * workbook stays as it was, and the run fails naming the file.
 */
final class WorkbookWriteException extends ExpectedFailure {

    private static final long serialVersionUID = 1L;

    WorkbookWriteException(Path workbook, IOException cause) {
        super("cannot write the workbook " + workbook.toAbsolutePath() + ": " + reason(cause)
                + " (its rows pass through the temporary folder " + System.getProperty("java.io.tmpdir")
                + "); any earlier workbook stays as it was; run again once the cause is fixed", cause);
    }

    /** The operating system's words ("No space left on device"), with the path they are about, if any. */
    private static String reason(IOException cause) {
        String message;
        if (cause instanceof FileAlreadyExistsException e) {
            message = e.getFile() + " is in the way: it is a file, not a folder";
        }
        else if (cause instanceof AccessDeniedException e) {
            message = e.getFile() + ": permission denied";
        }
        else {
            message = String.valueOf(cause.getMessage());
        }
        return message.replaceAll("\\s+", " ");
    }
}
