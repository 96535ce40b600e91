package com.revreport.ingest;

import java.math.BigDecimal;
import java.util.Locale;

/** The charge types of a billing line and the sign each may carry. */
public enum ChargeType {

    USAGE, SUBSCRIPTION, CREDIT, ADJUSTMENT;

    /** @return the charge type, or {@code null} when the text names none (case-insensitive) */
    static ChargeType parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Usage and subscriptions are never negative, credits never positive; adjustments go either way. */
    boolean allows(BigDecimal amount) {
        return switch (this) {
            case USAGE, SUBSCRIPTION -> amount.signum() >= 0;
            case CREDIT -> amount.signum() <= 0;
            case ADJUSTMENT -> true;
        };
    }
}
