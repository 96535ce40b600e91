package com.revreport.run;

import com.revreport.ingest.ControlCharacters;

/**
 * Text for one log or stderr line: anything the run logs may hold a name read from the input folder, and
 * a newline in it would end the line and start a forged one. The escaping rule itself is ingest's, the
 * one that makes the names it builds safe.
 */
final class OneLine {

    private OneLine() {
    }

    static String of(Object text) {
        return ControlCharacters.escape(String.valueOf(text));
    }
}
