package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

class ChartTests {

    @TempDir
    Path out;

    private XSSFWorkbook publish(ReportContent content) throws Exception {
        return ReportFixtures.open(new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(content, out));
    }

    @Test
    void concentrationChartShowsTheTopAllSegmentsClientsShares() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            XDDFChartData.Series series = onlySeries(wb, "Concentration");
            // tblConcentration's header is on row 31 of the template, one row lower for the summary's second
            // scope: row 32; All segments' 5 clients on rows 33-37: Client D, Share F
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Concentration!$D$33:$D$37");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Concentration!$F$33:$F$37");
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(5);
        }
    }

    @Test
    void growthChartShowsTheAllSegmentsMonthlySeries() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            XDDFChartData.Series series = onlySeries(wb, "Growth");
            // tblMonthly's header on row 31 of the template at A:C, one row lower for tblGrowth's second scope;
            // All segments' 12 months on rows 33-44
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Growth!$B$33:$B$44");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Growth!$C$33:$C$44");
        }
    }

    @Test
    void chartsAreNativeChartsWithAnExplicitSeriesColour() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            for (String sheet : List.of("Summary", "Concentration", "Growth")) {
                XSSFDrawing drawing = wb.getSheet(sheet).getDrawingPatriarch();
                assertThat(drawing.getCharts()).as(sheet).hasSize(1);
                assertThat(drawing.getCTDrawing().xmlText()).doesNotContain("<xdr:pic");
                String xml = drawing.getCharts().get(0).getCTChart().xmlText();
                assertThat(xml).as(sheet).contains("solidFill");
            }
        }
    }

    @Test
    void aChartMovesBelowATableThatGrewIntoIt() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            // tblGrowth (A5:K7 with 2 scopes) ends on row 7 (index 6); the chart starts two rows below
            CTTwoCellAnchor anchor = wb.getSheet("Growth").getDrawingPatriarch().getCTDrawing()
                    .getTwoCellAnchorArray(0);
            assertThat(anchor.getFrom().getRow()).isGreaterThan(6);
        }
        ReportContent content = ReportFixtures.complete();
        List<com.revreport.analysis.ScopeGrowth> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(new com.revreport.analysis.ScopeGrowth("Segment " + i, ReportFixtures.d("1"), null, null, null,
                    null, null, 0, 0, null, null));
        }
        var f = content.figures();
        var figures = new com.revreport.analysis.QuarterFigures(f.period(), f.reportingCurrency(),
                f.reconciliation(), f.concentration(), many, f.monthly(), f.clients());
        try (XSSFWorkbook wb = publish(new ReportContent(figures, content.rejects(), content.audit()))) {
            CTTwoCellAnchor anchor = wb.getSheet("Growth").getDrawingPatriarch().getCTDrawing()
                    .getTwoCellAnchorArray(0);
            // 20 rows under a header on row index 4 end on index 24
            assertThat(anchor.getFrom().getRow()).isEqualTo(26);
        }
    }

    @Test
    void anEmptyReportStillHasValidChartRanges() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.empty())) {
            assertThat(onlySeries(wb, "Concentration").getValuesData().getDataRangeReference())
                    .isEqualTo("Concentration!$F$32");
        }
    }

    private static XDDFChartData.Series onlySeries(XSSFWorkbook wb, String sheet) {
        List<XSSFChart> charts = wb.getSheet(sheet).getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        List<XDDFChartData> data = charts.get(0).getChartSeries();
        assertThat(data).hasSize(1);
        assertThat(data.get(0).getSeriesCount()).isEqualTo(1);
        return data.get(0).getSeries(0);
    }
}
