package com.revreport.ingest.format;

/** A value a billing row is made of, by the name a format file's {@code columns:} gives it. */
public enum BillingField {

    LINE_ID("line_id"), MONTH("month"), CLIENT_ID("client_id"), CLIENT_NAME("client_name"), SEGMENT("segment"),
    CHARGE_TYPE("charge_type"), AMOUNT("amount"), CURRENCY("currency");

    private final String key;

    BillingField(String key) {
        this.key = key;
    }

    /** The key under {@code columns:}. */
    public String key() {
        return key;
    }
}
