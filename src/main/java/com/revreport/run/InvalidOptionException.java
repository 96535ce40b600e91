package com.revreport.run;

/** A command-line option or property with a value the job cannot run with: exit code 2. */
public class InvalidOptionException extends RuntimeException {

    public InvalidOptionException(String option, String value, String expected) {
        super("--" + option + "=" + value + " is invalid: expected " + expected);
    }

    public InvalidOptionException(String message) {
        super(message);
    }
}
