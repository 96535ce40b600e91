package com.revreport.model;

/**
 * A failure whose message says all an operator needs: the file, row, setting or store at fault. The
 * run ends with its exit code and that one line, no stack trace; anything else that ends a run is a
 * defect, whose stack trace belongs in the log. Stages throw subclasses of their own, so the run
 * tells the two apart by type.
 */
public class ExpectedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failed run (exit 1). */
    public static final int FAILED = 1;

    /** Invalid arguments or configuration (exit 2). */
    public static final int INVALID_CONFIGURATION = 2;

    /** Another run holds the store (exit 3). */
    public static final int STORE_LOCKED = 3;

    private final int exitCode;

    public ExpectedFailure(String message) {
        this(message, FAILED, null);
    }

    public ExpectedFailure(String message, Throwable cause) {
        this(message, FAILED, cause);
    }

    protected ExpectedFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The exit code a scheduler reads: 1 for a failed run, 2 for configuration, 3 for a held store. */
    public int exitCode() {
        return exitCode;
    }
}
