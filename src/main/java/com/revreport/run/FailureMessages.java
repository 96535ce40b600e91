package com.revreport.run;

import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;

import com.revreport.failure.ExpectedFailure;

/** The one line an operator needs from a failed run: the cause named by the code that found it. */
final class FailureMessages {

    private FailureMessages() {
    }

    static String of(JobExecution execution) {
        return cause(execution).map(FailureMessages::describe)
                .orElse("the run ended with status " + execution.getStatus());
    }

    /** The failure that explains the run's end: an input's fault first, else the first failure's root cause. */
    static java.util.Optional<Throwable> cause(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        // an input's fault first, then the cause inside a step, last Spring Batch's own summary of it
        // ("Partition handler returned an unsuccessful step")
        return failures.stream().map(FailureMessages::rootCause)
                .sorted(Comparator.comparingInt((Throwable t) -> t instanceof ExpectedFailure ? 0
                        : t.getClass().getName().startsWith("org.springframework.batch.") ? 2 : 1))
                .findFirst();
    }

    /**
     * A failure the input or the configuration explains (a file, a row, a rate): the message says all an
     * operator needs; anything else is a defect, whose stack trace belongs in the log.
     */
    static boolean explainedByInput(Throwable t) {
        return t instanceof ExpectedFailure;
    }

    static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof ExpectedFailure)) {
            cause = cause.getCause();
        }
        return cause;
    }

    static String describe(Throwable t) {
        return t instanceof ExpectedFailure
                ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
