package com.revreport.report;

import static com.revreport.report.xlsx.ColumnKind.INPUT_TEXT;
import static com.revreport.report.xlsx.ColumnKind.INTEGER;
import static com.revreport.report.xlsx.ColumnKind.MONEY;
import static com.revreport.report.xlsx.ColumnKind.TEXT;

import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.revreport.model.Reject;
import com.revreport.report.xlsx.ColumnKind;
import com.revreport.report.xlsx.TableWriter;

/** {@code tblRejects}: every rejected billing row with its raw text, so nothing disappears silently. */
final class RejectsSheet {

    static final String TABLE = "tblRejects";

    /** The contract's columns: Amount is a number in the row's own currency, so the sheet can be summed by it. */
    static final List<String> HEADERS = List.of("File", "Line", "Reason", "Message", "Record", "Amount", "Currency");

    // the message quotes input values, so it is guarded like the record itself
    static final List<ColumnKind> KINDS = List.of(INPUT_TEXT, INTEGER, TEXT, INPUT_TEXT, INPUT_TEXT, MONEY,
            INPUT_TEXT);

    /** A record longer than this many lines' worth prints cut; nobody reads more on paper. */
    static final int MAX_LINES = 12;

    private RejectsSheet() {
    }

    /** A bad input file can reject every one of its rows: streamed, like the clients. */
    static void write(SXSSFWorkbook workbook, List<Reject> rejects) {
        TableWriter table = ReportTemplate.streamedWriter(workbook, TABLE, HEADERS, KINDS, 0);
        for (Reject r : rejects) {
            table.next().lines(lines(r.message(), r.record())).text(r.file()).integer(r.line()).text(r.reason() == null ? null : r.reason().name())
                    .text(r.message()).text(r.record()).number(r.amount()).text(r.currency());
        }
        table.finish();
    }

    /**
     * The template wraps Message and Record, so a long record prints whole within the page's width: a
     * text past the widest a column grows takes a line per that many characters, up to {@link #MAX_LINES}
     * (the cell still holds all of it).
     */
    private static int lines(String... texts) {
        int lines = 1;
        for (String text : texts) {
            int length = text == null ? 0 : text.length();
            lines = Math.max(lines, (length + TableWriter.MAX_WIDTH_CHARS - 1) / TableWriter.MAX_WIDTH_CHARS);
        }
        return Math.min(lines, MAX_LINES);
    }
}
