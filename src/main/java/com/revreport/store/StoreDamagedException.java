package com.revreport.store;

import com.revreport.model.ExpectedFailure;

/** The store is not the one it says it is, or a stored month no longer holds what its load wrote: exit 1. */
public class StoreDamagedException extends ExpectedFailure {

    private static final long serialVersionUID = 1L;

    public StoreDamagedException(String message) {
        super(message);
    }

    public StoreDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
