package com.revreport.report;

import static com.revreport.report.ColumnKind.INPUT_TEXT;
import static com.revreport.report.ColumnKind.INTEGER;
import static com.revreport.report.ColumnKind.TEXT;

import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code tblRun}, the audit trail. {@code Item}/{@code Value} as the spec says; the input files
 * add their month, SHA-256, counts and what the run did with them in the columns that follow.
 */
final class RunSheet {

    static final String TABLE = "tblRun";

    static final List<String> HEADERS = List.of("Item", "Value", "Month", "SHA-256", "Read", "Accepted", "Rejected",
            "Action");

    static final List<ColumnKind> KINDS = List.of(TEXT, INPUT_TEXT, TEXT, TEXT, INTEGER, INTEGER, INTEGER, TEXT);

    private RunSheet() {
    }

    static void write(XSSFWorkbook workbook, RunAudit audit) {
        TableWriter table = new TableWriter(workbook, TABLE, HEADERS, KINDS);
        if (audit != null) {
            item(table, "Run ID", audit.runId());
            item(table, "Started (UTC)", instant(audit.started()));
            item(table, "Finished (UTC)", instant(audit.finished()));
            item(table, "Application version", audit.applicationVersion());
            if (audit.parameters() != null) {
                // sorted, so two runs with the same parameters give the same rows
                new TreeMap<>(audit.parameters()).forEach((k, v) -> item(table, "Parameter " + k, v));
            }
            if (audit.files() != null) {
                for (InputFileAudit f : audit.files()) {
                    table.next().text("Input file (" + f.kind() + ")").text(f.file()).text(f.month())
                            .text(f.sha256()).integer(f.read()).integer(f.accepted()).integer(f.rejected())
                            .text(f.action());
                }
            }
        }
        table.finish();
    }

    private static void item(TableWriter table, String item, String value) {
        table.next().text(item).text(value);
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
