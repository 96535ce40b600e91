package com.revreport.cli;

import com.revreport.model.OneLine;

import org.springframework.boot.context.properties.bind.BindException;

import com.revreport.model.ExpectedFailure;

/** The exit codes the README lists, which schedulers act on. */
public final class ExitCodes {

    public static final int WRITTEN = 0;

    public static final int FAILED = ExpectedFailure.FAILED;

    public static final int INVALID_CONFIGURATION = ExpectedFailure.INVALID_CONFIGURATION;

    public static final int STORE_LOCKED = ExpectedFailure.STORE_LOCKED;

    /** Not an exit code: schedule mode, whose process stays up until it is stopped. */
    public static final int KEEP_RUNNING = -1;

    private ExitCodes() {
    }

    /** The exit code for a start-up that threw. */
    public static int of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ExpectedFailure expected) {
                return expected.exitCode();
            }
            if (t instanceof BindException) {
                return INVALID_CONFIGURATION;
            }
        }
        return FAILED;
    }

    /**
     * Whether a start-up failure is one its message explains (an option, the store, an input), rather
     * than a defect whose stack trace belongs in the log.
     */
    public static boolean isExpected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ExpectedFailure || t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** The message an operator reads for a start-up that threw. */
    public static String messageOf(Throwable failure) {
        Throwable last = failure;
        BindException binding = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ExpectedFailure) {
                return OneLine.of(t.getMessage());
            }
            if (binding == null && t instanceof BindException b && b.getProperty() != null) {
                binding = b;
            }
            last = t;
        }
        if (binding != null) {
            return OneLine.of(Option.given(binding.getProperty()) + " is invalid: " + last.getMessage());
        }
        // a full disk, or a defect: one line saying which, the stack trace in the log Spring Boot wrote
        return FailureMessages.line(failure, null);
    }
}
