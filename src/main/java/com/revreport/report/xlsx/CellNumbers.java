package com.revreport.report.xlsx;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A figure as the double an Excel cell holds: the double nearest the decimal, ties to even, the number
 * {@link BigDecimal#doubleValue()} gives. On Java 17 that method prints any value with decimals and
 * parses the text back, which showed in the workbook's profile (docs/benchmarks.md); shares and growth
 * rates carry 34 digits (DECIMAL128) and were the slowest of all.
 */
final class CellNumbers {

    private static final double[] POWERS_OF_TEN = new double[23];

    private static final BigInteger[] BIG_POWERS_OF_TEN = new BigInteger[64];

    static {
        double power = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = power; // exact up to 10^22, the largest power of ten a double holds exactly
            power *= 10;
        }
        for (int i = 0; i < BIG_POWERS_OF_TEN.length; i++) {
            BIG_POWERS_OF_TEN[i] = BigInteger.TEN.pow(i);
        }
    }

    private CellNumbers() {
    }

    static double toDouble(BigDecimal value) {
        int scale = value.scale();
        if (scale >= 0 && scale < POWERS_OF_TEN.length && value.precision() <= 15) {
            // fewer than 16 digits: below 2^53, so the unscaled value is an exact double too, and one
            // division of two exact doubles is rounded to the nearest, as the parse rounds
            return value.unscaledValue().longValue() / POWERS_OF_TEN[scale];
        }
        if (scale > 0 && scale < BIG_POWERS_OF_TEN.length && value.signum() != 0) {
            double rounded = quotient(value.unscaledValue().abs(), BIG_POWERS_OF_TEN[scale]);
            if (!Double.isNaN(rounded)) {
                return value.signum() < 0 ? -rounded : rounded;
            }
        }
        return value.doubleValue();
    }

    /**
     * numerator / denominator rounded to the nearest double, ties to even; NaN when the result would not
     * be a normal double (the caller then asks BigDecimal).
     */
    private static double quotient(BigInteger numerator, BigInteger denominator) {
        // a quotient of 66 or 67 bits: 53 for the double, the rest and the remainder decide the rounding
        int shift = 66 - (numerator.bitLength() - denominator.bitLength());
        BigInteger[] qr = shift >= 0 ? numerator.shiftLeft(shift).divideAndRemainder(denominator)
                : numerator.divideAndRemainder(denominator.shiftLeft(-shift));
        BigInteger q = qr[0];
        int extra = q.bitLength() - 53;
        long mantissa = q.shiftRight(extra).longValueExact();
        long dropped = q.longValue() & ((1L << extra) - 1); // extra is 13 or 14: the dropped bits fit a long
        long half = 1L << (extra - 1);
        boolean exact = qr[1].signum() == 0;
        if (dropped > half || (dropped == half && (!exact || (mantissa & 1) == 1))) {
            mantissa++;
        }
        int exponent = extra - shift; // value = mantissa * 2^exponent
        if (mantissa == 1L << 53) {
            mantissa >>= 1;
            exponent++;
        }
        // normal doubles only: a mantissa of 53 bits times 2^exponent must lie in [2^-1022, 2^1024)
        if (exponent + 52 < -1022 || exponent + 52 > 1023) {
            return Double.NaN;
        }
        return Math.scalb((double) mantissa, exponent);
    }
}
