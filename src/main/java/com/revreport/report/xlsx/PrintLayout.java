package com.revreport.report.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * How a sheet prints. Paper, orientation, margins and the footer's wording are the template's;
 * the code decides what only the written rows tell: the print area, the header rows repeated on every
 * page, the pages the long lists start on, and the fit. Every sheet prints one page wide; some on one
 * page outright.
 */
public final class PrintLayout {

    private PrintLayout() {
    }

    /**
     * @param longList per sheet, the table that runs over pages (its header repeats); null for a sheet
     *        whose only table is that list
     * @param onePage whether the sheet prints on one page, however long, rather than only one page wide
     */
    public static void apply(XSSFWorkbook workbook, String sheetName, String longList, boolean onePage) {
        XSSFSheet sheet = workbook.getSheet(sheetName);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) (onePage ? 1 : 0));
        sheet.setAutobreaks(true);

        // notes under the last table (the Summary's how-to-read) print too
        int lastRow = sheet.getLastRowNum();
        int lastCol = 0;
        XSSFTable list = null;
        for (XSSFTable table : sheet.getTables()) {
            lastRow = Math.max(lastRow, table.getArea().getLastCell().getRow());
            lastCol = Math.max(lastCol, table.getArea().getLastCell().getCol());
            if (table.getName().equalsIgnoreCase(longList)) {
                list = table;
            }
        }
        for (CTTwoCellAnchor anchor : SheetLayout.anchors(sheet)) {
            lastRow = Math.max(lastRow, anchor.getTo().getRow());
            lastCol = Math.max(lastCol, anchor.getTo().getCol() - (Long.parseLong(anchor.getTo().getColOff().toString()) == 0 ? 1 : 0));
        }
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastCol, 0, lastRow);

        if (list != null) {
            int header = list.getArea().getFirstCell().getRow();
            int top = sheet.getTables().size() == 1 ? 0 : header;
            if (top > 0) {
                // the summary table and the chart print first, on a page of their own; the list starts the next
                sheet.setRowBreak(SheetLayout.rowAboveCaption(sheet, list.getName()));
            }
            sheet.setRepeatingRows(new CellRangeAddress(top, header, -1, -1));
        }
    }
}
