package com.revreport.report.xlsx;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * Tables stacked on a sheet (Summary's segments above its exceptions, a summary table above a chart above
 * a long list): before a table is filled, whatever the template put below it moves down as far as the
 * table will grow, as when rows are inserted in Excel. A table beside it that starts on its header row
 * (Summary's tblSummary beside tblExceptions, its header a row above) stays where it is and fills the rows beside.
 */
public final class SheetLayout {

    private SheetLayout() {
    }

    /** Makes room under {@code tableName} for {@code rows} data rows (the template holds one). */
    public static void growDown(XSSFSheet sheet, String tableName, int rows) {
        XSSFTable table = table(sheet, tableName);
        int prototypeRow = table.getArea().getFirstCell().getRow() + 1;
        shiftBelow(sheet, prototypeRow, Math.max(rows, 1) - 1);
    }

    /** The row above the table's caption: where a page break puts the table on a page of its own. */
    static int rowAboveCaption(XSSFSheet sheet, String tableName) {
        return table(sheet, tableName).getArea().getFirstCell().getRow() - 2;
    }

    /** Moves every row, table and chart below {@code row} down by {@code by} rows. */
    private static void shiftBelow(XSSFSheet sheet, int row, int by) {
        if (by <= 0) {
            return;
        }
        List<XSSFTable> below = new ArrayList<>();
        List<AreaReference> areas = new ArrayList<>();
        for (XSSFTable t : sheet.getTables()) {
            if (t.getArea().getFirstCell().getRow() > row) {
                below.add(t);
                areas.add(t.getArea());
            }
        }
        if (sheet.getLastRowNum() > row) {
            sheet.shiftRows(row + 1, sheet.getLastRowNum(), by);
        }
        // POI moves cells, names and conditional formats but leaves table areas and drawings behind
        for (int i = 0; i < below.size(); i++) {
            CellReference first = areas.get(i).getFirstCell();
            CellReference last = areas.get(i).getLastCell();
            AreaReference moved = new AreaReference(new CellReference(first.getRow() + by, first.getCol()),
                    new CellReference(last.getRow() + by, last.getCol()), SpreadsheetVersion.EXCEL2007);
            below.get(i).setArea(moved);
            if (below.get(i).getCTTable().isSetAutoFilter()) {
                below.get(i).getCTTable().getAutoFilter().setRef(moved.formatAsString());
            }
        }
        for (CTTwoCellAnchor anchor : anchors(sheet)) {
            if (anchor.getFrom().getRow() > row) {
                anchor.getFrom().setRow(anchor.getFrom().getRow() + by);
                anchor.getTo().setRow(anchor.getTo().getRow() + by);
            }
        }
    }

    static List<CTTwoCellAnchor> anchors(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        return drawing == null ? List.of() : List.of(drawing.getCTDrawing().getTwoCellAnchorArray());
    }

    private static XSSFTable table(XSSFSheet sheet, String name) {
        for (XSSFTable t : sheet.getTables()) {
            if (name.equalsIgnoreCase(t.getName())) {
                return t;
            }
        }
        throw new IllegalStateException("template sheet " + sheet.getSheetName() + " has no table named " + name);
    }
}
