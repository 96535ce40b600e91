package com.revreport.ingest.format;

import com.revreport.model.ChargeType;

/**
 * What an export's charge type counts as: one of the native four, or {@code EXCLUDED} for a line that is
 * neither revenue nor a reject (a tax line), which is only counted.
 */
public enum ChargeTarget {

    USAGE(ChargeType.USAGE), SUBSCRIPTION(ChargeType.SUBSCRIPTION), CREDIT(ChargeType.CREDIT),
    ADJUSTMENT(ChargeType.ADJUSTMENT), EXCLUDED(null);

    private final ChargeType chargeType;

    ChargeTarget(ChargeType chargeType) {
        this.chargeType = chargeType;
    }

    /** The charge type a line of this target is summed under; {@code null} for {@code EXCLUDED}. */
    public ChargeType chargeType() {
        return chargeType;
    }
}
