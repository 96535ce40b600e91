package com.revreport.analysis;

public enum ReconciliationStatus {
    MATCHED, WITHIN_TOLERANCE, BREAK, MISSING_LEDGER, MISSING_BILLING
}
