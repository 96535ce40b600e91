package com.revreport.store.lock;


import com.revreport.model.ExpectedFailure;

/** Another process holds the store: exit code 3. */
public class StoreLockedException extends ExpectedFailure {

    private static final long serialVersionUID = 1L;

    public StoreLockedException(String message) {
        super(message, ExpectedFailure.STORE_LOCKED, null);
    }
}
