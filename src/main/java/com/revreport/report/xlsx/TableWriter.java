package com.revreport.report.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import javax.xml.namespace.QName;


import com.revreport.model.Cents;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTAutoFilter;

/**
 * Fills one template table row by row. The template's first data row is the style prototype of
 * each column (so a finance user restyles a column by restyling that row in Excel); styles are
 * read once here, never created per cell, which keeps 100,000-row tables fast.
 */
public final class TableWriter {

    /** Excel's own limit for a column width is 255 characters; past ~80 a column stops being readable. */
    public static final int MAX_WIDTH_CHARS = 80;

    private final XSSFTable table;

    private final XSSFSheet sheet;

    private final TableRows sheetRows;

    private final List<ColumnKind> kinds;

    private final int headerRow;

    private final int firstCol;

    private final CellStyle[] styles;

    private final int[] widthChars;

    private int rows;

    private int current = -1;

    private int col;

    private Row row;

    private ColumnKind kindOverride;

    private CellStyle styleOverride;

    /** A small table: every row stays XSSF, readable by formulas and charts. */
    public TableWriter(XSSFWorkbook workbook, String tableName, List<String> headers, List<ColumnKind> kinds) {
        this(workbook, null, 0, tableName, headers, kinds);
    }

    /**
     * A table that can pass 100,000 rows: rows below the template's streams, except the first
     * {@code readableRows} data rows, which stay XSSF for a chart to read.
     */
    public static TableWriter streamed(SXSSFWorkbook workbook, String tableName, List<String> headers,
            List<ColumnKind> kinds, int readableRows) {
        return new TableWriter(workbook.getXSSFWorkbook(), workbook, readableRows, tableName, headers, kinds);
    }

    private TableWriter(XSSFWorkbook workbook, SXSSFWorkbook streaming, int readableRows, String tableName,
            List<String> headers, List<ColumnKind> kinds) {
        this.table = TemplatePlaces.table(workbook, tableName);
        this.sheet = table.getXSSFSheet();
        this.kinds = kinds;
        AreaReference area = table.getArea();
        this.headerRow = area.getFirstCell().getRow();
        this.firstCol = area.getFirstCell().getCol();
        checkHeaders(headers);
        this.sheetRows = streaming == null ? TableRows.inMemory(sheet)
                : TableRows.streamed(streaming, sheet, headerRow + readableRows);
        this.styles = new CellStyle[kinds.size()];
        this.widthChars = new int[kinds.size()];
        XSSFRow prototype = sheet.getRow(headerRow + 1);
        for (int i = 0; i < kinds.size(); i++) {
            XSSFCell cell = prototype == null ? null : prototype.getCell(firstCol + i);
            styles[i] = styleFor(workbook, cell == null ? null : cell.getCellStyle(), kinds.get(i));
            // a header the template wraps asks only for its longest word: "Top client share" over "34.4%"
            widthChars[i] = headerWraps(i) ? ColumnWidths.longestWord(headers.get(i))
                    : ColumnWidths.header(headers.get(i));
        }
    }

    private void checkHeaders(List<String> expected) {
        XSSFRow header = sheet.getRow(headerRow);
        DataFormatter shown = new DataFormatter();
        TemplatePlaces.checkHeaders(table.getName(), expected, i -> {
            Cell cell = header == null ? null : header.getCell(firstCol + i);
            // as shown: a header typed as a number must be named, not break the check
            return cell == null ? "" : shown.formatCellValue(cell);
        });
    }

    /** Input text must never be re-read as a formula when a user edits the cell, whatever the template says. */
    private static CellStyle styleFor(XSSFWorkbook workbook, XSSFCellStyle prototype, ColumnKind kind) {
        if (kind != ColumnKind.INPUT_TEXT || (prototype != null && prototype.getQuotePrefixed())) {
            return prototype;
        }
        XSSFCellStyle quoted = workbook.createCellStyle();
        if (prototype != null) {
            quoted.cloneStyleFrom(prototype);
        }
        quoted.setQuotePrefixed(true);
        return quoted;
    }

    public CellStyle style(int column) {
        return styles[column];
    }

    /** A quote-prefixed variant of a column's style, for input text in a column of mixed content. */
    public CellStyle quotedStyle(XSSFWorkbook workbook, int column) {
        return styleFor(workbook, (XSSFCellStyle) styles[column], ColumnKind.INPUT_TEXT);
    }

    /** The next value is of another kind and style than its column (a Metric/Value table mixes them). */
    public TableWriter as(ColumnKind kind, CellStyle style) {
        kindOverride = kind;
        styleOverride = style;
        return this;
    }

    private ColumnKind kind() {
        return kindOverride != null ? kindOverride : kinds.get(col);
    }

    private void advance() {
        col++;
        kindOverride = null;
        styleOverride = null;
    }

    /**
     * Gives the current row the height of {@code lines} lines, for text the template wraps: a streamed
     * row is not measured by the spreadsheet when it opens.
     */
    public TableWriter lines(int lines) {
        if (lines > 1) {
            row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        }
        return this;
    }

    /** Starts the next data row; values then go left to right in header order. */
    public TableWriter next() {
        current = headerRow + 1 + rows;
        rows++;
        col = 0;
        row = sheetRows.row(current);
        return this;
    }

    public TableWriter text(String value) {
        Cell cell = cell();
        if (value != null) {
            String shown = CellText.shown(value);
            cell.setCellValue(shown); // a String value is always a STRING cell, never parsed as a formula
            fit(ColumnWidths.text(shown));
        }
        advance();
        return this;
    }

    /**
     * Text that may be longer than its column, wrapped within the column's width with the row as tall as its
     * lines: one long value must not widen a column that another table on the sheet shares. The style of the
     * cell (see {@link #as}) must wrap.
     */
    public TableWriter paragraph(String value) {
        Cell cell = cell();
        if (value != null) {
            String shown = CellText.shown(value);
            cell.setCellValue(shown);
            int width = Math.max(1, sheet.getColumnWidth(firstCol + col) / 256 - 2);
            int lines = (ColumnWidths.text(shown) - 2 + width - 1) / width;
            if (lines > 1) {
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * sheet.getDefaultRowHeightInPoints()));
            }
        }
        advance();
        return this;
    }

    /**
     * A sentence beside empty cells: it runs on into the cells right of the table, as a spreadsheet shows long
     * text whose neighbours are empty, when it needs at most {@code room} width; a longer one wraps in its
     * column in {@code wrapped}, a style that wraps. Either way the column keeps its width.
     */
    public TableWriter runOn(String value, int room, CellStyle wrapped) {
        if (value != null && ColumnWidths.text(CellText.shown(value)) > room) {
            styleOverride = wrapped;
            return paragraph(value);
        }
        Cell cell = cell();
        if (value != null) {
            cell.setCellValue(CellText.shown(value));
        }
        advance();
        return this;
    }

    /** The width of the columns from the current one to {@code lastColumn} of the sheet, in width units. */
    public int widthTo(int lastColumn) {
        int width = 0;
        for (int c = firstCol + col; c <= lastColumn; c++) {
            width += sheet.getColumnWidth(c) / 256;
        }
        return width;
    }

    public TableWriter number(BigDecimal value) {
        Cell cell = cell();
        if (value != null) {
            ColumnKind kind = kind();
            double d = CellNumbers.toDouble(kind == ColumnKind.MONEY ? Cents.of(value) : value);
            cell.setCellValue(d);
            fit(ColumnWidths.number(kind, value));
        }
        advance();
        return this;
    }

    public TableWriter dateTime(LocalDateTime value) {
        Cell cell = cell();
        if (value != null) {
            cell.setCellValue(value);
            fit(21);
        }
        advance();
        return this;
    }

    public TableWriter integer(long value) {
        cell().setCellValue(value);
        fit(ColumnWidths.number(ColumnKind.INTEGER, BigDecimal.valueOf(value)));
        advance();
        return this;
    }

    public TableWriter formula(String formula, int widthHint) {
        cell().setCellFormula(formula); // only ever formulas the code composed, never input text
        fit(widthHint);
        advance();
        return this;
    }

    private Cell cell() {
        Cell cell = row.getCell(firstCol + col);
        if (cell == null) {
            cell = row.createCell(firstCol + col);
        } else {
            cell.setBlank(); // a template prototype row may carry sample content
        }
        CellStyle style = styleOverride != null ? styleOverride : styles[col];
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** Widens the current column to {@code chars} (see {@link ColumnWidths}) and its style's indent. */
    private void fit(int chars) {
        CellStyle style = styleOverride != null ? styleOverride : styles[col];
        // an indent (text set off from the number before it) takes about two digits per level
        int wanted = chars + (style == null ? 0 : 2 * style.getIndention());
        if (wanted > widthChars[col]) {
            widthChars[col] = wanted;
        }
    }

    /**
     * Hides the current row, as a filter the table also gets ({@link #filterAtMost}, {@link #filterTop})
     * would: the row stays in the table for a reader who clears the filter, and does not print.
     */
    public TableWriter hidden() {
        row.setZeroHeight(true);
        return this;
    }

    /** After {@link #finish}: the table's filter keeps rows whose {@code column} is at most {@code max}. */
    public void filterAtMost(int column, long max) {
        // the lean schema jar has no classes for filter columns, so the elements are written by cursor
        try (XmlCursor cursor = filterColumn(column)) {
            cursor.beginElement(new QName(MAIN, "customFilters"));
            cursor.beginElement(new QName(MAIN, "customFilter"));
            cursor.insertAttributeWithValue("operator", "lessThanOrEqual");
            cursor.insertAttributeWithValue("val", Long.toString(max));
        }
    }

    /** After {@link #finish}: the table's filter keeps the {@code count} largest values of {@code column}. */
    public void filterTop(int column, int count) {
        try (XmlCursor cursor = filterColumn(column)) {
            cursor.beginElement(new QName(MAIN, "top10"));
            cursor.insertAttributeWithValue("val", Integer.toString(count));
        }
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** A cursor inside a new {@code filterColumn} element of the table's filter, where its condition goes. */
    private XmlCursor filterColumn(int column) {
        CTAutoFilter filter = table.getCTTable().getAutoFilter();
        XmlCursor cursor = filter.newCursor();
        cursor.toEndToken();
        cursor.beginElement(new QName(MAIN, "filterColumn"));
        cursor.insertAttributeWithValue("colId", Integer.toString(column));
        return cursor;
    }

    public int rowsWritten() {
        return rows;
    }

    /** 0-based sheet row of the n-th (0-based) data row. */
    int sheetRow(int dataRow) {
        return headerRow + 1 + dataRow;
    }

    int headerRow() {
        return headerRow;
    }

    /** Sheet column of a table column. */
    int sheetColumn(int column) {
        return firstCol + column;
    }

    public XSSFSheet sheet() {
        return sheet;
    }

    XSSFTable table() {
        return table;
    }

    /**
     * The template's conditional formats on the prototype row (status colours, negative growth) cover
     * every row written. They test the row's own cells, so they follow a row when a reader sorts or
     * filters the table.
     */
    private void extendConditionalFormats(int lastRow) {
        XSSFSheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
        int prototype = headerRow + 1;
        int lastCol = firstCol + kinds.size() - 1;
        for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting format = formats.getConditionalFormattingAt(i);
            CellRangeAddress[] ranges = format.getFormattingRanges();
            boolean changed = false;
            for (CellRangeAddress range : ranges) {
                if (range.getFirstRow() == prototype && range.getLastRow() == prototype
                        && range.getFirstColumn() >= firstCol && range.getLastColumn() <= lastCol) {
                    range.setLastRow(lastRow);
                    changed = true;
                }
            }
            if (changed) {
                format.setFormattingRanges(ranges);
            }
        }
    }

    /** Writes the table's caption, the cell above its header, keeping the template's style there. */
    public void caption(String text) {
        XSSFRow row = sheet.getRow(headerRow - 1);
        if (row == null) {
            row = sheet.createRow(headerRow - 1);
        }
        XSSFCell cell = row.getCell(firstCol);
        (cell == null ? row.createCell(firstCol) : cell).setCellValue(text);
    }

    /** The data cells of one column, for formulas and chart series; the blank row when the table is empty. */
    public CellRangeAddress columnRange(int column, int fromRow, int count) {
        int first = sheetRow(fromRow);
        int last = sheetRow(fromRow + Math.max(count, 1) - 1);
        return new CellRangeAddress(first, last, sheetColumn(column), sheetColumn(column));
    }

    /**
     * Makes the table object cover exactly the header and the rows written (Excel needs at least
     * one data row, so an empty table keeps one blank row), freezes everything above the first data
     * row and widens columns to fit (never narrower than the template made them).
     */
    public void finish() {
        if (rows == 0) {
            next();
            for (int i = 0; i < kinds.size(); i++) {
                cell();
                col++;
            }
            rows = 0;
        }
        int lastRow = headerRow + Math.max(rows, 1);
        int lastCol = firstCol + kinds.size() - 1;
        AreaReference area = new AreaReference(new CellReference(headerRow, firstCol),
                new CellReference(lastRow, lastCol), SpreadsheetVersion.EXCEL2007);
        table.setArea(area);
        if (table.getCTTable().isSetAutoFilter()) {
            table.getCTTable().getAutoFilter().setRef(area.formatAsString());
        } else {
            table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        }
        // the topmost table's header stays in view: a sheet with stacked tables freezes only the first
        int topHeader = headerRow;
        for (XSSFTable other : sheet.getTables()) {
            topHeader = Math.min(topHeader, other.getArea().getFirstCell().getRow());
        }
        sheet.createFreezePane(0, topHeader + 1);
        extendConditionalFormats(lastRow);
        int headerLines = 1;
        for (int i = 0; i < kinds.size(); i++) {
            int wanted = Math.min(widthChars[i], MAX_WIDTH_CHARS) * 256;
            if (sheet.getColumnWidth(firstCol + i) < wanted) {
                sheet.setColumnWidth(firstCol + i, wanted);
            }
            if (headerWraps(i)) {
                String text = sheet.getRow(headerRow).getCell(firstCol + i).getStringCellValue();
                int width = sheet.getColumnWidth(firstCol + i) / 256;
                headerLines = Math.max(headerLines, (ColumnWidths.header(text) + width - 1) / width);
            }
        }
        if (headerLines > 1) {
            sheet.getRow(headerRow).setHeightInPoints(headerLines * sheet.getDefaultRowHeightInPoints());
        }
    }

    private boolean headerWraps(int column) {
        XSSFRow header = sheet.getRow(headerRow);
        XSSFCell cell = header == null ? null : header.getCell(firstCol + column);
        return cell != null && cell.getCellStyle().getWrapText();
    }
}
