package com.revreport.analysis;

/** The quarter asked for has no billing month, so there is no range to report on. */
public class NoBillingInQuarterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoBillingInQuarterException(String message) {
        super(message);
    }
}
