package com.revreport.remote;

import com.revreport.model.OneLine;

import com.revreport.model.ExpectedFailure;

/**
 * The one line for a month that failed on a worker. The job repository keeps a failed step's stack trace
 * as text (its exit description), not the exception: an expected failure's message is found in it by its
 * class name; anything else is a defect, whose stack trace is in that worker's log.
 */
final class WorkerFailure {

    private WorkerFailure() {
    }

    static String of(String exitDescription) {
        if (exitDescription == null || exitDescription.isBlank()) {
            return "no reason recorded; see the worker's log";
        }
        String[] lines = exitDescription.split("\\R");
        for (String line : lines) {
            String exception = line.startsWith("Caused by: ") ? line.substring("Caused by: ".length()) : line;
            int colon = exception.indexOf(": ");
            if (colon > 0 && expected(exception.substring(0, colon))) {
                return OneLine.of(exception.substring(colon + 2));
            }
        }
        return "defect (a bug in revreport, not a fault of the input): " + OneLine.of(lines[0])
                + "; the stack trace is in the worker's log";
    }

    private static boolean expected(String className) {
        try {
            return ExpectedFailure.class.isAssignableFrom(Class.forName(className, false,
                    WorkerFailure.class.getClassLoader()));
        }
        catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
