package com.revreport.cli;

import com.revreport.model.ControlCharacters;
import com.revreport.model.InvalidOptionException;

/**
 * {@code --sign-off --quarter=Q --by=NAME [--note=TEXT]}, refused with exit 2 before the store is opened:
 * a sign-off names the quarter and the reviewer, and the reviewer's name goes into the workbook an auditor
 * reads, so it is one line of visible text.
 */
final class SignOffOptions {

    /** What the store keeps of a name and a note. */
    private static final int MAX_NAME = 255;

    private static final int MAX_NOTE = 4_000;

    private SignOffOptions() {
    }

    static void check(boolean signOff, String by, String note, String quarter, Role role, boolean schedule) {
        if (!signOff) {
            if (by != null) {
                throw new InvalidOptionException("--by goes with --sign-off only: it names the reviewer of a quarter");
            }
            if (note != null) {
                throw new InvalidOptionException("--note goes with --sign-off only: it is the reviewer's note");
            }
            return;
        }
        if (role != Role.RUN || schedule) {
            throw new InvalidOptionException("--sign-off is a command of its own: not with --schedule or --role="
                    + role.property());
        }
        if (quarter == null || quarter.isBlank()) {
            throw new InvalidOptionException("--sign-off needs --quarter=FY2024-Q3: the quarter whose current version "
                    + "was reviewed");
        }
        if (by == null || by.isBlank()) {
            throw new InvalidOptionException("--sign-off needs --by=NAME: the reviewer, as the workbook will name them");
        }
        text("by", by, MAX_NAME);
        if (note != null) {
            text("note", note, MAX_NOTE);
        }
    }

    private static void text(String option, String value, int max) {
        if (!ControlCharacters.escape(value).equals(value)) {
            throw new InvalidOptionException(option, ControlCharacters.escape(value),
                    "one line of visible text, without control characters");
        }
        if (value.isBlank()) {
            throw new InvalidOptionException(option, value, "text that is not blank");
        }
        if (value.length() > max) {
            throw new InvalidOptionException(option, value.substring(0, 40) + "...", "at most " + max + " characters");
        }
    }
}
