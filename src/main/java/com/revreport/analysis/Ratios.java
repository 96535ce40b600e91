package com.revreport.analysis;

import java.math.BigDecimal;
import java.math.MathContext;

/** Ratios are kept unrounded (DECIMAL128): rounding is the workbook's business. */
final class Ratios {

    private Ratios() {
    }

    static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, MathContext.DECIMAL128);
    }

    /** Growth against a base of zero or below means nothing, so it stays blank. */
    static BigDecimal growth(BigDecimal now, BigDecimal base) {
        if (base.signum() <= 0) {
            return null;
        }
        return divide(now.subtract(base), base);
    }

    static BigDecimal ratioOverPositiveBase(BigDecimal numerator, BigDecimal base) {
        return base.signum() <= 0 ? null : divide(numerator, base);
    }
}
