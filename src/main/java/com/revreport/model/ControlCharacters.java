package com.revreport.model;

/**
 * Makes a file name, or a value read from a file, safe to put into a log line or a one-line message: a
 * newline in a file name would otherwise end the line and let the rest pass for a line of the job's own.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * {@code text} with every character that breaks, moves or reorders a line written as an escape:
     * {@code \n}, {@code \r}, {@code \t}, and {@code \}{@code u} with four hex digits for the other control
     * characters, the Unicode line and paragraph separators and the marks that turn text around.
     * Text without them comes back as it was, so escaping twice changes nothing.
     */
    public static String escape(String text) {
        int first = 0;
        while (first < text.length() && !breaksALine(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!breaksALine(c)) {
                escaped.append(c);
            }
            else if (c == '\n') {
                escaped.append("\\n");
            }
            else if (c == '\r') {
                escaped.append("\\r");
            }
            else if (c == '\t') {
                escaped.append("\\t");
            }
            else {
                escaped.append(String.format("\\u%04X", (int) c));
            }
        }
        return escaped.toString();
    }

    private static boolean breaksALine(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' // line and paragraph separators
                || c == '\u061C' || c == '\u200E' || c == '\u200F' // direction marks
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'); // embeddings, isolates
    }
}
