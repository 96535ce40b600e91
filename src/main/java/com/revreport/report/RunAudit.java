package com.revreport.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the {@code Run} sheet states: which run made this workbook, from what, with which settings.
 *
 * @param billingFormat the billing format the exports were read with ({@code revreport}, {@code focus} or a
 *        format file)
 * @param lineIdsChecked whether the format has line ids, so that a line billed twice was caught
 */
public record RunAudit(String runId, Instant started, Instant finished, Map<String, String> parameters,
        List<InputFileAudit> files, String applicationVersion, String billingFormat, boolean lineIdsChecked) {

    /** The audit of a run that read the native layout. */
    public RunAudit(String runId, Instant started, Instant finished, Map<String, String> parameters,
            List<InputFileAudit> files, String applicationVersion) {
        this(runId, started, finished, parameters, files, applicationVersion, "revreport", true);
    }
}
