package com.revreport.model;


/**
 * Text for one log or stderr line: anything the run logs may hold a name read from the input folder, and
 * a newline in it would end the line and start a forged one. The escaping rule itself is ingest's, the
 * one that makes the names it builds safe.
 */
public final class OneLine {

    private OneLine() {
    }

    public static String of(Object text) {
        return ControlCharacters.escape(String.valueOf(text));
    }
}
