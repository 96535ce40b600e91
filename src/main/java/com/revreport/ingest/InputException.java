package com.revreport.ingest;

/** An input that fails the whole run: the message names the file and the cause. */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
