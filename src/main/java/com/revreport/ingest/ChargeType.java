package com.revreport.ingest;

import java.util.Locale;

/** The charge types of a billing line and the sign each may carry. */
public enum ChargeType {

    USAGE, SUBSCRIPTION, CREDIT, ADJUSTMENT;

    /** @return the charge type, or {@code null} when the text names none (case-insensitive) */
    static ChargeType parse(String text) {
        // exports write the codes in upper case: try them as they stand before folding the case
        switch (text) {
            case "USAGE": return USAGE;
            case "SUBSCRIPTION": return SUBSCRIPTION;
            case "CREDIT": return CREDIT;
            case "ADJUSTMENT": return ADJUSTMENT;
            default: break;
        }
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private final byte[] code = name().getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** @return the charge type written exactly as its code (upper case) in {@code bytes[from, to)}, or {@code null} */
    static ChargeType ofCode(byte[] bytes, int from, int to) {
        for (ChargeType type : VALUES) {
            if (java.util.Arrays.equals(bytes, from, to, type.code, 0, type.code.length)) {
                return type;
            }
        }
        return null;
    }

    private static final ChargeType[] VALUES = values();

    /** Usage and subscriptions are never negative, credits never positive; adjustments go either way. */
    boolean allows(int signum) {
        return switch (this) {
            case USAGE, SUBSCRIPTION -> signum >= 0;
            case CREDIT -> signum <= 0;
            case ADJUSTMENT -> true;
        };
    }
}
