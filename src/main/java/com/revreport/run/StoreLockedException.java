package com.revreport.run;

import com.revreport.failure.ExpectedFailure;

/** Another process holds the store: exit code 3. */
public class StoreLockedException extends ExpectedFailure {

    private static final long serialVersionUID = 1L;

    public StoreLockedException(String message) {
        super(message, ExitCodes.STORE_LOCKED, null);
    }
}
