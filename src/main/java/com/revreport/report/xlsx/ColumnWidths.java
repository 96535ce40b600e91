package com.revreport.report.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How wide a value prints, in Excel's column-width unit (the width of one digit of the body font).
 * The template's font is Calibri (Carlito where LibreOffice prints): its letters are far from one digit
 * wide ("i" under half, "M" two thirds more), so counting characters made every text column about a
 * quarter too wide, and the Summary, whose columns its three tables share, too wide to print legibly on
 * one page. The widths below are Calibri's advance widths over its digit width; a font of another shape
 * only moves the slack this leaves.
 */
final class ColumnWidths {

    /** Advance widths of the printable ASCII characters, from the space (32) to the tilde (126). */
    private static final float[] ASCII = {
        0.45f, 0.45f, 0.67f, 0.96f, 0.97f, 1.38f, 1.31f, 0.42f, 0.58f, 0.58f, 0.96f, 0.96f, 0.49f, 0.59f, 0.50f, 0.75f, // space to /
        1f, 1f, 1f, 1f, 1f, 1f, 1f, 1f, 1f, 1f, // digits
        0.53f, 0.53f, 0.96f, 0.96f, 0.96f, 0.89f, 1.72f, // : to @
        1.14f, 1.07f, 1.05f, 1.21f, 0.96f, 0.91f, 1.24f, 1.23f, 0.50f, 0.63f, 1.03f, 0.83f, 1.69f, // A to M
        1.27f, 1.31f, 1.02f, 1.33f, 1.07f, 0.91f, 0.96f, 1.27f, 1.12f, 1.76f, 1.02f, 0.96f, 0.92f, // N to Z
        0.59f, 0.75f, 0.59f, 0.96f, 0.96f, 0.56f, // [ to `
        0.95f, 1.04f, 0.83f, 1.04f, 0.98f, 0.60f, 0.93f, 1.04f, 0.45f, 0.47f, 0.90f, 0.45f, 1.58f, // a to m
        1.04f, 1.04f, 1.04f, 1.04f, 0.69f, 0.77f, 0.66f, 1.04f, 0.89f, 1.41f, 0.85f, 0.89f, 0.78f, // n to z
        0.62f, 0.90f, 0.62f, 0.96f, // { to ~
    };

    /** A letter outside ASCII (an accent, a CJK name): a digit and a fifth, wide rather than cut. */
    private static final float OTHER = 1.2f;

    /** Room for bold totals and a font a little wider than Calibri. */
    private static final float SLACK = 1.03f;

    /** Excel's margin inside the cell (five pixels where a digit is seven), and the rounding up. */
    private static final float PADDING = 0.75f;

    private ColumnWidths() {
    }

    /** The width {@code value} needs as plain text. */
    static int text(String value) {
        return (int) Math.ceil(units(value) * SLACK + PADDING);
    }

    /** A header: bold, with the filter button at its right. */
    static int header(String value) {
        return (int) Math.ceil(units(value) * SLACK * 1.05f + 1.5f + PADDING);
    }

    /** A header that wraps: its longest word on a line of its own. */
    static int longestWord(String value) {
        int widest = 0;
        for (String word : value.split(" ")) {
            widest = Math.max(widest, header(word));
        }
        return widest;
    }

    /** A number as its column's kind shows it (money and HHI with group separators, ratios as percentages). */
    static int number(ColumnKind kind, BigDecimal value) {
        String digits = value.setScale(0, RoundingMode.HALF_EVEN).abs().toPlainString();
        int groups = (digits.length() - 1) / 3;
        float sign = value.signum() < 0 ? 0.59f : 0f;
        float units = switch (kind) {
            // digits, separators and two decimals: 217,709,289.45
            case MONEY -> digits.length() + groups * 0.49f + 0.50f + 2;
            // a share or growth rate with two decimals and a percent sign: 4,153.40%
            case RATIO -> {
                String percent = value.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).abs().toPlainString();
                yield percent.length() + (percent.length() - 1) / 3 * 0.49f + 0.50f + 2 + 1.38f;
            }
            default -> digits.length() + groups * 0.49f;
        };
        return (int) Math.ceil((units + sign) * SLACK + PADDING);
    }

    private static float units(String value) {
        float units = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            units += c >= 32 && c <= 126 ? ASCII[c - 32] : OTHER;
        }
        return units;
    }
}
