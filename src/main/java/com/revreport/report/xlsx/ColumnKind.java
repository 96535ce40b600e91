package com.revreport.report.xlsx;

/** What a table column holds: decides the cell type written and whether the text is guarded against formulas. */
public enum ColumnKind {
    /** Text the job itself produced (scope names, statuses, labels). */
    TEXT,
    /** Text that came from an input file (client names, file names, raw records): quote-prefixed. */
    INPUT_TEXT,
    /** Money: rounded to 2 decimals HALF_EVEN when written, currency format from the template. */
    MONEY,
    /** A fraction written unrounded, percent format from the template. */
    RATIO,
    /** A count or rank. */
    INTEGER,
    /** Any other number written as is (HHI). */
    NUMBER
}
