package com.revreport.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as a workbook shows it: to the cent, half to even (banker's rounding, so a column of halves does
 * not drift up). The figures stay exact until written; what is compared between two published versions of
 * a quarter is what was written, so both sides round here.
 */
public final class Cents {

    private Cents() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
