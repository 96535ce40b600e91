package com.revreport.ingest;

/**
 * A billing row that was not accepted.
 *
 * @param line physical line number of the record's first line (header = line 1)
 * @param record the raw record text as it stood in the file
 */
public record Reject(String file, long line, RejectReason reason, String message, String record) {
}
