package com.revreport.ingest;

/** Rows of one file: every row read is either accepted or rejected. */
public record FileCounts(InputFile file, long read, long accepted, long rejected) {
}
