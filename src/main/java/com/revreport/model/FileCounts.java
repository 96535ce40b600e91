package com.revreport.model;

/**
 * Rows of one file (of one month, for a file that holds several): every row read is accepted, excluded by
 * its format (a tax line) or rejected.
 *
 * @param nanos how long the file took to read, for the progress log
 */
public record FileCounts(InputFile file, long read, long accepted, long excluded, long rejected, long nanos) {

    /** The counts of a file whose format excludes no row. */
    public FileCounts(InputFile file, long read, long accepted, long rejected, long nanos) {
        this(file, read, accepted, 0, rejected, nanos);
    }

    /** Rows a second, for the progress log. */
    public long rowsPerSecond() {
        return nanos <= 0 ? read : Math.round(read * 1e9 / nanos);
    }
}
