package com.revreport.run;

/** Another process holds the store: exit code 3. */
public class StoreLockedException extends RuntimeException {

    public StoreLockedException(String message) {
        super(message);
    }
}
