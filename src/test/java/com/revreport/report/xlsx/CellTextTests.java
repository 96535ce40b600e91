package com.revreport.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A text longer than a cell can hold shows its start and says how much is cut, never half a character. */
class CellTextTests {

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        // an emoji (two UTF-16 units) on units 31,999 and 32,000: it goes whole to the cut part
        String text = "a".repeat(31_999) + "\uD83D\uDE00" + "b".repeat(9);
        String shown = CellText.shown(text);
        // 31,999 + 2 + 9 = 32,010 units; 31,999 shown, 32,010 - 31,999 = 11 cut
        assertThat(shown).isEqualTo("a".repeat(31_999) + "\u2026 [11 more characters not shown]");
        assertThat(CellText.shown("a".repeat(32_000))).hasSize(32_000);
    }
}
