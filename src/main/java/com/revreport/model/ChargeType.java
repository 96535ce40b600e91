package com.revreport.model;

import java.util.Locale;

/** The charge types of a billing line and the sign each may carry. */
public enum ChargeType {

    USAGE, SUBSCRIPTION, CREDIT, ADJUSTMENT;

    /** @return the charge type, or {@code null} when the text names none (case-insensitive) */
    public static ChargeType parse(String text) {
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
    public static ChargeType ofCode(byte[] bytes, int from, int to) {
        // the four codes differ in length: one comparison of bytes at most
        ChargeType type = switch (to - from) {
            case 5 -> USAGE;
            case 12 -> SUBSCRIPTION;
            case 6 -> CREDIT;
            case 10 -> ADJUSTMENT;
            default -> null;
        };
        return type != null && java.util.Arrays.equals(bytes, from, to, type.code, 0, type.code.length) ? type : null;
    }

    /** Usage and subscriptions are never negative, credits never positive; adjustments go either way. */
    public boolean allows(int signum) {
        return switch (this) {
            case USAGE, SUBSCRIPTION -> signum >= 0;
            case CREDIT -> signum <= 0;
            case ADJUSTMENT -> true;
        };
    }
}
