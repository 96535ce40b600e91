package com.revreport.report;

/**
 * The line above a long list that prints only its first rows: a reader of the paper copy learns that the
 * table is complete in the file and how to see the rest.
 */
final class PrintedRows {

    private PrintedRows() {
    }

    static String caption(String list, String printed, int rows) {
        return list + ". Printed and shown: " + printed + "; the table holds all " + rows
                + " rows (clear its filter to see them)";
    }
}
