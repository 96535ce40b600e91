package com.revreport.report;

import java.util.List;

import com.revreport.analysis.QuarterFigures;
import com.revreport.ingest.Reject;

/** Everything one workbook shows. */
public record ReportContent(QuarterFigures figures, List<Reject> rejects, RunAudit audit) {
}
