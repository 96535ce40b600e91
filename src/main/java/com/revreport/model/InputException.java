package com.revreport.model;

/**
 * An input that fails the whole run: the message names the file and the cause. It quotes file names and
 * values from files, so its control characters are escaped: the message stays one line.
 */
public class InputException extends ExpectedFailure {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(ControlCharacters.escape(message));
    }

    public InputException(String message, Throwable cause) {
        super(ControlCharacters.escape(message), cause);
    }
}
