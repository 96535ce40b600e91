package com.revreport.report;

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
    void givesTheSameDoubleAtTheEdges() {
        for (String text : new String[] { "0", "0.000000", "-0.00", "0.1", "0.2", "0.3", "1.005", "2.675",
                "999999999999999", "0.999999999999999", "9007199254740993", "123456789012.34",
                "-20000000.00", "0.2412345678", "1E+3", "1E-22", "1E-23", "12345.6789012345678901234" }) {
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
