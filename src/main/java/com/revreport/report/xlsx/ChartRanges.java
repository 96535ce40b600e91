package com.revreport.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * The charts live in the template (so their titles, colours and size are restyled in Excel);
 * the code only points their series at the rows actually written, and moves a chart down when a
 * table has grown into it.
 */
public final class ChartRanges {

    private ChartRanges() {
    }

    /** Points every series of the sheet's chart at these categories and values (same number of rows). */
    public static void repoint(XSSFSheet sheet, CellRangeAddress categories, CellRangeAddress values) {
        XSSFChart chart = onlyChart(sheet);
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        for (XDDFChartData data : chart.getChartSeries()) {
            for (int i = 0; i < data.getSeriesCount(); i++) {
                data.getSeries(i).replaceData(XDDFDataSourcesFactory.fromStringCellRange(sheet, categories),
                        XDDFDataSourcesFactory.fromNumericCellRange(sheet, values));
            }
            chart.plot(data); // rewrites the series formulas and their cached points
        }
        keepClearOfTables(sheet, drawing);
    }

    /**
     * Points the sheet's chart at one series per scope (categories and values on {@code dataSheet}),
     * titled by the scope. The template's series are the styles of the lines in turn: those not needed
     * are dropped, and with more scopes than styles the styles repeat.
     */
    public static void seriesPerScope(XSSFSheet sheet, XSSFSheet dataSheet, Map<String, CellRangeAddress[]> scopes) {
        XSSFChart chart = onlyChart(sheet);
        XDDFChartData data = chart.getChartSeries().get(0);
        int styles = data.getSeriesCount();
        List<XDDFShapeProperties> looks = new ArrayList<>();
        for (int i = 0; i < styles; i++) {
            XDDFShapeProperties look = data.getSeries(i).getShapeProperties();
            looks.add(look == null ? null : new XDDFShapeProperties((CTShapeProperties) look.getXmlObject().copy()));
        }
        int n = 0;
        for (Map.Entry<String, CellRangeAddress[]> scope : scopes.entrySet()) {
            XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(dataSheet, scope.getValue()[0]);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(dataSheet,
                    scope.getValue()[1]);
            XDDFChartData.Series series;
            if (n < styles) {
                series = data.getSeries(n);
                series.replaceData(categories, values);
            } else {
                series = data.addSeries(categories, values);
                XDDFShapeProperties look = looks.get(n % styles);
                if (look != null) {
                    series.setShapeProperties(new XDDFShapeProperties((CTShapeProperties) look.getXmlObject().copy()));
                }
            }
            series.setTitle(scope.getKey(), null);
            n++;
        }
        for (int i = data.getSeriesCount() - 1; i >= Math.max(n, 1); i--) {
            data.removeSeries(i);
        }
        chart.plot(data);
    }

    private static XSSFChart onlyChart(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        List<XSSFChart> charts = drawing == null ? List.of() : drawing.getCharts();
        if (charts.isEmpty()) {
            throw new TemplateException("has no chart on sheet " + sheet.getSheetName());
        }
        return charts.get(0);
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
