package com.revreport.report;

/** One input file as the run saw it: the audit trail of which file fed which month. */
public record InputFileAudit(String kind, String file, String month, String sha256, long read, long accepted,
        long excluded, long rejected, String action) {
}
