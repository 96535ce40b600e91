package com.revreport.cli;

import com.revreport.model.OneLine;

import com.revreport.model.StoreLocation;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.h2.message.DbException;
import org.h2.mvstore.MVStoreException;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;

import com.revreport.model.ExpectedFailure;

/** The one line an operator needs from a failed run: the cause named by the code that found it. */
public final class FailureMessages {

    /** A stderr line stays readable: a defect's message (an SQL statement, say) is cut here. */
    private static final int MAX_LINE = 2_000;

    private FailureMessages() {
    }

    public static String of(JobExecution execution, StoreLocation store) {
        return cause(execution).map(t -> line(t, store))
                .orElse("the run ended with status " + execution.getStatus());
    }

    /** The failure that explains the run's end: an explained one first, else the first failure. */
    public static Optional<Throwable> cause(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        // an input's fault first, then the cause inside a step, last Spring Batch's own summary of it
        // ("Partition handler returned an unsuccessful step")
        return failures.stream().sorted(Comparator.comparingInt((Throwable failure) -> {
            Throwable t = rootCause(failure);
            return explained(t) ? 0 : t instanceof JobExecutionException ? 2 : 1;
        })).findFirst();
    }

    /**
     * A failure the input, the configuration or the machine explains (a file, a row, a rate, a full disk):
     * the message says all an operator needs; anything else is a defect, whose stack trace belongs in the log.
     */
    public static boolean explained(Throwable failure) {
        Throwable t = rootCause(failure);
        return t instanceof ExpectedFailure || diskFull(t) || connectionLost(failure) != null;
    }

    static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof ExpectedFailure)) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The line for a failure: its own message, the full disk it ran into, or a defect's one line.
     *
     * @param store the store, or {@code null} before the options are known
     */
    public static String line(Throwable failure, StoreLocation store) {
        Throwable t = rootCause(failure);
        SQLException lost = connectionLost(failure);
        String line;
        if (t instanceof ExpectedFailure) {
            line = t.getMessage();
        }
        else if (lost != null) {
            // each month is loaded in a transaction of its own: those committed stay, the one in flight rolls back
            line = "the connection to the store " + (store == null ? "" : store.description() + " ") + "failed ("
                    + lost.getMessage() + "); months loaded before it are kept, the month being loaded is as it was: "
                    + "run again once the database can be reached";
        }
        else if (diskFull(t)) {
            line = writingTheStore(failure)
                    ? "the disk holding the store " + (store == null ? "" : store.description() + " ") + "is full (" + t.getMessage()
                            + "); free space there and run again: the store keeps what it had"
                    : "a disk is full (" + t.getMessage() + "); free space and run again: the store keeps what it had";
        }
        else if (store != null && storeDiskFull(store)) {
            // the store's own write failed on the full disk, but what reached us is a later consequence of
            // it (H2 closes its store after a failed write; a repository update retried against a rolled-
            // back version fails Spring Batch's version check): the disk, not the consequence, is the cause
            line = "the disk holding the store " + store.description() + " is full (" + t.getClass().getSimpleName()
                    + " after the disk filled); free space there and run again: the store keeps what it had";
        }
        else {
            line = defect(t);
        }
        line = OneLine.of(line);
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "...";
    }

    /** A bug, not a fault of the input or the machine: says so, and where its stack trace went. */
    static String defect(Throwable t) {
        // Spring Boot sets LOG_FILE when logging.file.name or logging.file.path sends the log to a file
        String log = System.getProperty("LOG_FILE");
        return "defect (a bug in revreport, not a fault of the input): " + t.getClass().getSimpleName() + ": "
                + t.getMessage() + "; the stack trace is in the log (" + (log == null ? "standard output" : log)
                + ")";
    }

    /** Under this, a store's next write (a page, a chunk of H2's file) cannot be taken to fit. */
    private static final long NEARLY_FULL_BYTES = 1024 * 1024;

    /** The disk of an H2 folder store has next to no space left; a database server's disk is not ours to see. */
    static boolean storeDiskFull(StoreLocation store) {
        return store.match(h2 -> {
            try {
                java.nio.file.Path folder = h2.folder().toAbsolutePath();
                return java.nio.file.Files.isDirectory(folder)
                        && java.nio.file.Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES;
            }
            catch (java.io.IOException e) {
                return false;
            }
        }, postgres -> false);
    }

    /** No space left on the device, in the words of Linux (ENOSPC, EDQUOT), macOS and Windows. */
    static boolean diskFull(Throwable t) {
        String message = t instanceof java.io.IOException && t.getMessage() != null ? t.getMessage() : "";
        return message.contains("No space left on device") || message.contains("Disk quota exceeded")
                || message.contains("not enough space on the disk");
    }

    /**
     * The store's database server went away or ended this run's session (SQLSTATE class 08, connection
     * exception, or 57P, operator intervention such as a shutdown or pg_terminate_backend); {@code null} if not.
     */
    static SQLException connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getSQLState() != null
                    ? sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
                    // the pool's word for a connection it closed once it saw it broken, when the same
                    // transaction uses it again (its rollback, say), which hides the first failure
                    : "Connection is closed".equals(sql.getMessage()))) {
                return sql;
            }
        }
        return null;
    }

    /** The store's database (H2 writes its file under every statement) was in the failure's chain. */
    private static boolean writingTheStore(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof DbException || t instanceof MVStoreException) {
                return true;
            }
        }
        return false;
    }
}
