package com.revreport.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A figure's cell holds exactly the double {@link BigDecimal#doubleValue()} gives, bit for bit. */
class CellNumbersTests {

    @Test
    void givesTheSameDoubleAsBigDecimalForFiguresOfEveryScale() {
        Random random = new Random(20261123);
        for (int i = 0; i < 1_000_000; i++) {
            // unscaled values of 1 to 20 digits (both sides of the 15-digit fast path), scales -3 to 25
            int digits = 1 + random.nextInt(20);
            BigInteger unscaled = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(29) - 3);
            assertSameDouble(value);
        }
    }

    @Test
    void givesTheSameDoubleForRatiosOfThirtyFourDigits() {
        Random random = new Random(11);
        for (int i = 0; i < 1_000_000; i++) {
            // DECIMAL128 quotients (34 digits) and beyond, with scales up to 70: past the table of powers too
            int digits = 16 + random.nextInt(30);
            BigInteger unscaled = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(71));
            assertSameDouble(value);
        }
        // shares as the concentration sheet has them: revenue / total to 34 digits
        for (int i = 0; i < 100_000; i++) {
            BigDecimal revenue = BigDecimal.valueOf(random.nextLong() & 0xFFFFFFFFFFL, 2);
            BigDecimal total = revenue.add(BigDecimal.valueOf(random.nextLong() & 0xFFFFFFFFFFFL, 2));
            assertSameDouble(revenue.divide(total.signum() == 0 ? BigDecimal.ONE : total, java.math.MathContext.DECIMAL128));
        }
    }

    @Test
    void givesTheSameDoubleWhereTheRoundingIsATie() {
        // 2^53 + 1 lies halfway between two doubles: ties go to the even one, 2^53; 2^53 + 3 goes up to 2^53 + 4
        for (String text : new String[] { "9007199254740993", "9007199254740995", "9007199254740993.0000000000000001",
                "9007199254740992.9999999999999999", "0.1000000000000000055511151231257827", "4.35", "0.3333333333333333333333333333333333" }) {
            assertSameDouble(new BigDecimal(text));
            assertSameDouble(new BigDecimal(text).negate());
        }
    }

    @Test
    void givesTheSameDoubleAtTheEdges() {
        for (String text : new String[] { "0", "0.000000", "-0.00", "0.1", "0.2", "0.3", "1.005", "2.675",
                "999999999999999", "0.999999999999999", "9007199254740993", "123456789012.34",
                "-20000000.00", "0.2412345678", "1E+3", "1E-22", "1E-23", "12345.6789012345678901234",
                "1E-320", "1E-400", "4.9E-324", "2.2250738585072014E-308", "1.7976931348623157E+308", "1E+309" }) {
            assertSameDouble(new BigDecimal(text));
        }
        // a share worked out as 20,000,000 / 83,000,000 to 10 places: 0.2409638554
        assertThat(CellNumbers.toDouble(new BigDecimal("0.2409638554"))).isEqualTo(0.2409638554);
    }

    private static void assertSameDouble(BigDecimal value) {
        assertThat(Double.doubleToRawLongBits(CellNumbers.toDouble(value)))
                .as("%s", value).isEqualTo(Double.doubleToRawLongBits(value.doubleValue()));
    }
}
