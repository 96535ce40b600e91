package com.revreport.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * Widths in Excel's unit, one digit of Calibri 11: each value's letters at Calibri's advance widths, times
 * 1.03 for slack, plus 0.75 for the cell's margin, rounded up.
 */
class ColumnWidthsTests {

    @Test
    void digitsAreOneUnitEachSoTenDigitsNeedTwelve() {
        // 10 x 1.00 = 10.00; x 1.03 = 10.30; + 0.75 = 11.05 -> 12
        assertThat(ColumnWidths.text("0000000000")).isEqualTo(12);
    }

    @Test
    void narrowLettersNeedLessRoomThanWideOnes() {
        // i: 4 x 0.45 = 1.80; x 1.03 = 1.854; + 0.75 = 2.604 -> 3
        assertThat(ColumnWidths.text("iiii")).isEqualTo(3);
        // M: 4 x 1.69 = 6.76; x 1.03 = 6.963; + 0.75 = 7.713 -> 8
        assertThat(ColumnWidths.text("MMMM")).isEqualTo(8);
    }

    @Test
    void aStatusCodeInCapitalsIsWiderThanItsLength() {
        // M 1.69 + I 0.50 + S 0.91 + S 0.91 + I 0.50 + N 1.27 + G 1.24 + _ 0.96 + L 0.83 + E 0.96 + D 1.21
        // + G 1.24 + E 0.96 + R 1.07 = 14.25; x 1.03 = 14.678; + 0.75 = 15.43 -> 16, for 14 characters
        assertThat(ColumnWidths.text("MISSING_LEDGER")).isEqualTo(16);
    }

    @Test
    void moneyCountsItsDigitsSeparatorsAndCents() {
        // 217,709,289.45: 11 digits + 2 commas x 0.49 + a point 0.50 = 12.48; x 1.03 = 12.854; + 0.75 -> 14
        assertThat(ColumnWidths.number(ColumnKind.MONEY, new BigDecimal("217709289.45"))).isEqualTo(14);
        // -1,500.00: a minus 0.59 more: 6 + 0.49 + 0.50 + 0.59 = 7.58; x 1.03 = 7.807; + 0.75 = 8.56 -> 9
        assertThat(ColumnWidths.number(ColumnKind.MONEY, new BigDecimal("-1500.00"))).isEqualTo(9);
    }

    @Test
    void aRatioIsWidenedForItsPercentSign() {
        // 0.2073 as 20.73%: 2 + 0.50 + 2 decimals + % 1.38 = 5.88; x 1.03 = 6.056; + 0.75 = 6.81 -> 7
        assertThat(ColumnWidths.number(ColumnKind.RATIO, new BigDecimal("0.2073"))).isEqualTo(7);
    }

    @Test
    void aWrappingHeaderAsksForItsLongestWord() {
        // "client": c 0.83 + l 0.45 + i 0.45 + e 0.98 + n 1.04 + t 0.66 = 4.41; bold x 1.05 and x 1.03 = 4.770;
        // + 1.5 for the filter button + 0.75 = 7.02 -> 8; "share" 0.77 + 1.04 + 0.95 + 0.69 + 0.98 = 4.43 -> 8
        assertThat(ColumnWidths.longestWord("Top client share")).isEqualTo(8);
        assertThat(ColumnWidths.header("Top client share")).isGreaterThan(15);
    }
}
