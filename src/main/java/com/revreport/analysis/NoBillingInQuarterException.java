package com.revreport.analysis;

import com.revreport.model.ExpectedFailure;

/** The quarter asked for has no billing month, so there is no range to report on. */
public class NoBillingInQuarterException extends ExpectedFailure {

    private static final long serialVersionUID = 1L;

    public NoBillingInQuarterException(String message) {
        super(message);
    }
}
