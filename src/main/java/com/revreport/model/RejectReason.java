package com.revreport.model;

/** Why a billing row was rejected; checked in this order, the first that applies wins (docs/input-format.md). */
public enum RejectReason {
    MALFORMED_ROW, MISSING_FIELD, INVALID_MONTH, MONTH_MISMATCH, INVALID_AMOUNT, INVALID_CHARGE_TYPE, SIGN_MISMATCH,
    UNKNOWN_CURRENCY, DUPLICATE_LINE
}
