package com.revreport.model;



/** A command-line option or property with a value the job cannot run with: exit code 2. */
public class InvalidOptionException extends ExpectedFailure {

    private static final long serialVersionUID = 1L;

    public InvalidOptionException(String option, String value, String expected) {
        this("--" + option + "=" + value + " is invalid: expected " + expected);
    }

    public InvalidOptionException(String message) {
        super(message, ExpectedFailure.INVALID_CONFIGURATION, null);
    }
}
