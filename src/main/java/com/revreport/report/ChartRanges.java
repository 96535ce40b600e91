package com.revreport.report;

import java.util.List;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * The charts live in the template (so their titles, colours and size are restyled in Excel);
 * the code only points their series at the rows actually written, and moves a chart down when a
 * table has grown into it.
 */
final class ChartRanges {

    private ChartRanges() {
    }

    /** Points every series of the sheet's chart at these categories and values (same number of rows). */
    static void repoint(XSSFSheet sheet, CellRangeAddress categories, CellRangeAddress values) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        List<XSSFChart> charts = drawing == null ? List.of() : drawing.getCharts();
        if (charts.isEmpty()) {
            throw new TemplateException("has no chart on sheet " + sheet.getSheetName());
        }
        XSSFChart chart = charts.get(0);
        for (XDDFChartData data : chart.getChartSeries()) {
            for (int i = 0; i < data.getSeriesCount(); i++) {
                data.getSeries(i).replaceData(XDDFDataSourcesFactory.fromStringCellRange(sheet, categories),
                        XDDFDataSourcesFactory.fromNumericCellRange(sheet, values));
            }
            chart.plot(data); // rewrites the series formulas and their cached points
        }
        keepClearOfTables(sheet, drawing);
    }

    /** A chart placed beside a small table in the template must not cover that table once it has grown. */
    private static void keepClearOfTables(XSSFSheet sheet, XSSFDrawing drawing) {
        for (CTTwoCellAnchor anchor : drawing.getCTDrawing().getTwoCellAnchorArray()) {
            if (anchor.getGraphicFrame() == null) {
                continue;
            }
            boolean moved = true;
            while (moved) {
                moved = false;
                for (XSSFTable table : sheet.getTables()) {
                    AreaReference area = table.getArea();
                    int firstRow = area.getFirstCell().getRow();
                    int lastRow = area.getLastCell().getRow();
                    CTMarker from = anchor.getFrom();
                    CTMarker to = anchor.getTo();
                    boolean columns = from.getCol() <= area.getLastCell().getCol()
                            && to.getCol() >= area.getFirstCell().getCol();
                    boolean rows = from.getRow() <= lastRow && to.getRow() >= firstRow;
                    if (columns && rows) {
                        int shift = lastRow + 2 - from.getRow();
                        from.setRow(from.getRow() + shift);
                        to.setRow(to.getRow() + shift);
                        moved = true;
                    }
                }
            }
        }
    }
}
