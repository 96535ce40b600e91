package com.revreport.ingest;

import com.revreport.failure.ExpectedFailure;

/** An input that fails the whole run: the message names the file and the cause. */
public class InputException extends ExpectedFailure {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
