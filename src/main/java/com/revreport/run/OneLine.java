package com.revreport.run;

/**
 * Text for one log or stderr line. A file name may hold a newline or another control character; written
 * as it is, it would end the line and start a forged one ("... Run 7 COMPLETED ..."). Such characters are
 * written as escapes instead ({@code \n}, {@code \u001b}), so a line of the log is always one event.
 */
final class OneLine {

    private OneLine() {
    }

    static String of(Object text) {
        String value = String.valueOf(text);
        StringBuilder line = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String escape = escape(c);
            if (escape != null && line == null) {
                line = new StringBuilder(value.length() + 8).append(value, 0, i);
            }
            if (line != null) {
                line.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return line == null ? value : line.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            // other C0/C1 controls, and the Unicode line and paragraph separators some viewers break lines on
            default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c)
                    : null;
        };
    }
}
