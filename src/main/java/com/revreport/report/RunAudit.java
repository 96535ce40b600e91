package com.revreport.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the {@code Run} sheet states: which run made this workbook, from what, with which settings. */
public record RunAudit(String runId, Instant started, Instant finished, Map<String, String> parameters,
        List<InputFileAudit> files, String applicationVersion) {
}
