package com.revreport.store;

/** The workbook a completed run published, and what it was made from. */
public record PublishedReport(long runId, String fingerprint, String workbook, String workbookSha256) {
}
