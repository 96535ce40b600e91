package com.revreport.report.xlsx;

import java.util.Locale;

/**
 * Text as a cell can hold it. Excel refuses a cell of more than 32,767 characters (POI throws, and
 * the quarter could never be written again, since the store keeps the row that is too long); a
 * rejected row can be any length. So a cell shows the start of a longer text and says how much of
 * it is not shown: the store still holds the whole text.
 */
final class CellText {

    /** Characters shown of a longer text: the marker that follows keeps the cell under Excel's limit. */
    static final int MAX_SHOWN = 32_000;

    private CellText() {
    }

    /** The text itself when it fits, else its first characters and a marker naming how many were cut. */
    static String shown(String text) {
        if (text == null || text.length() <= MAX_SHOWN) {
            return text;
        }
        int cut = MAX_SHOWN;
        if (Character.isHighSurrogate(text.charAt(cut - 1)) && Character.isLowSurrogate(text.charAt(cut))) {
            cut--; // never half of a character outside the basic plane (an emoji)
        }
        // counted as Excel's LEN counts: UTF-16 units, so shown + cut = the text's length in Excel's terms
        return text.substring(0, cut) + marker(text.length() - cut);
    }

    static String marker(int cut) {
        return String.format(Locale.ROOT, "\u2026 [%,d more characters not shown]", cut);
    }
}
