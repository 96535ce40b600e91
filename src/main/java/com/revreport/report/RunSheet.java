package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.INPUT_TEXT;
import static com.revreport.report.xlsx.ColumnKind.INTEGER;
import static com.revreport.report.xlsx.ColumnKind.TEXT;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.TableWriter;

/**
 * {@code tblRun}, the audit trail. {@code Item}/{@code Value} as docs/template.md says; the input files
 * add their month, SHA-256, counts and what the run did with them in the columns that follow.
 */
final class RunSheet {

    static final String TABLE = "tblRun";

    static final List<String> HEADERS = List.of("Item", "Value", "Month", "SHA-256", "Read", "Accepted", "Excluded",
            "Rejected", "Action");

    static final List<ColumnKind> KINDS = List.of(TEXT, INPUT_TEXT, TEXT, TEXT, INTEGER, INTEGER, INTEGER, INTEGER,
            TEXT);

    private RunSheet() {
    }

    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

    /** @param months the reported months: their billing files come first, the files a reader of the quarter checks */
    static void write(XSSFWorkbook workbook, RunAudit audit, List<YearMonth> months) {
        TableWriter table = ReportTemplate.writer(workbook, TABLE, HEADERS, KINDS);
        // a date-time cell, so a reader can sort and compute with it; the Value column's look otherwise
        XSSFCellStyle dateTime = workbook.createCellStyle();
        if (table.style(1) != null) {
            dateTime.cloneStyleFrom(table.style(1));
        }
        dateTime.setQuotePrefixed(false);
        dateTime.setDataFormat(workbook.createDataFormat().getFormat(DATE_TIME_FORMAT));
        dateTime.setAlignment(HorizontalAlignment.LEFT);
        if (audit != null) {
            if (audit.runId() != null && audit.runId().matches("[0-9]{1,18}")) {
                // a number, as the store and the logs count runs, so a reader can sort and look it up
                XSSFCellStyle number = workbook.createCellStyle();
                number.cloneStyleFrom(dateTime);
                number.setDataFormat(workbook.createDataFormat().getFormat("0"));
                table.next().text("Run ID").as(ColumnKind.INTEGER, number).integer(Long.parseLong(audit.runId()));
            }
            else {
                item(table, "Run ID", audit.runId());
            }
            table.next().text("Started (UTC)").as(ColumnKind.NUMBER, dateTime).dateTime(utc(audit.started()));
            table.next().text("Finished (UTC)").as(ColumnKind.NUMBER, dateTime).dateTime(utc(audit.finished()));
            item(table, "Application version", audit.applicationVersion());
            item(table, "Billing format", audit.billingFormat());
            if (!audit.lineIdsChecked()) {
                item(table, "Duplicate lines", "not checked: the billing format has no line_id column");
            }
            if (audit.parameters() != null) {
                // sorted, so two runs with the same parameters give the same rows
                new TreeMap<>(audit.parameters()).forEach((k, v) -> item(table, "Parameter " + k, v));
            }
            if (audit.files() != null) {
                Set<String> reported = new HashSet<>();
                months.forEach(m -> reported.add(m.toString()));
                List<InputFileAudit> files = new ArrayList<>(audit.files());
                // stable: the quarter's own files, then the rest, each in the order the run listed them
                // (the store names the kind BILLING; compared without case, as the report does not know the store)
                files.sort(Comparator.comparing(f -> !("billing".equalsIgnoreCase(f.kind()) && reported.contains(f.month()))));
                for (InputFileAudit f : files) {
                    table.next().text("Input file (" + f.kind() + ")").text(f.file()).text(f.month())
                            .text(f.sha256()).integer(f.read()).integer(f.accepted()).integer(f.excluded())
                            .integer(f.rejected())
                            .text(f.action());
                }
            }
        }
        table.finish();
    }

    private static void item(TableWriter table, String item, String value) {
        table.next().text(item).text(value);
    }

    /** To the second: Excel holds milliseconds at best, and an audit trail needs no more. */
    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null
                : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
