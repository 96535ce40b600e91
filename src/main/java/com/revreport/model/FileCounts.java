package com.revreport.model;

/**
 * Rows of one file: every row read is either accepted or rejected.
 *
 * @param nanos how long the file took to read, for the progress log
 */
public record FileCounts(InputFile file, long read, long accepted, long rejected, long nanos) {

    /** Rows a second, for the progress log. */
    public long rowsPerSecond() {
        return nanos <= 0 ? read : Math.round(read * 1e9 / nanos);
    }
}
