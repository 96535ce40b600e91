package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.analysis.ClientRevenue;
import com.revreport.analysis.ClientShare;
import com.revreport.analysis.ConcentrationLevel;
import com.revreport.analysis.ConcentrationScope;
import com.revreport.analysis.QuarterFigures;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;
import com.revreport.report.xlsx.StreamedWorkbook;

/**
 * Concentration, Clients and Rejects stream their rows (SXSSF) below the template's; with more rows
 * than the streaming window, most rows have left memory before the workbook is saved.
 */
class StreamedTablesTests {

    /** More than twice {@link StreamedWorkbook#ROW_WINDOW}: rows are flushed to disk while writing. */
    private static final int CLIENTS = 2_500;

    private static final int REJECTS = 1_500;

    /** The Copilot scope holds every other client. */
    private static final int COPILOT_CLIENTS = CLIENTS / 2;

    @TempDir
    Path out;

    private XSSFWorkbook publishLarge() throws Exception {
        return ReportFixtures.open(new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(large(), out));
    }

    @Test
    void streamedTablesCoverTheirHeaderAndEveryRowWritten() throws Exception {
        try (XSSFWorkbook wb = publishLarge()) {
            assertThat(WorkbookLayoutTests.dataRows(wb, "tblClients")).isEqualTo(CLIENTS);
            assertThat(WorkbookLayoutTests.dataRows(wb, "tblConcentration")).isEqualTo(CLIENTS + COPILOT_CLIENTS);
            assertThat(WorkbookLayoutTests.dataRows(wb, "tblRejects")).isEqualTo(REJECTS);
            for (String name : List.of("tblClients", "tblConcentration", "tblRejects")) {
                XSSFTable table = WorkbookLayoutTests.table(wb, name);
                assertThat(table.getCTTable().getAutoFilter().getRef()).as(name).isEqualTo(table.getCTTable().getRef());
                int below = table.getArea().getLastCell().getRow() + 1;
                assertThat(table.getXSSFSheet().getRow(below) == null).as(name).isTrue();
            }
            assertThat(WorkbookValuesTests.cell(wb, "tblClients", CLIENTS - 1, "Client ID").getStringCellValue())
                    .isEqualTo(id(CLIENTS - 1));
            assertThat(WorkbookValuesTests.cell(wb, "tblRejects", REJECTS - 1, "Line").getNumericCellValue())
                    .isEqualTo(REJECTS + 1);
        }
    }

    @Test
    void streamedNamesKeepEveryCharacterOfAnyScript() throws Exception {
        int row = 2_005; // past the first streaming window; 2,005 % 7 == 3: accents, kanji and an emoji
        assertThat(name(row)).contains("é", "株", "😀");
        try (XSSFWorkbook wb = publishLarge()) {
            assertThat(WorkbookValuesTests.cell(wb, "tblClients", row, "Client").getStringCellValue()).isEqualTo(name(row));
            assertThat(WorkbookValuesTests.cell(wb, "tblConcentration", row, "Client").getStringCellValue())
                    .isEqualTo(name(row));
        }
    }

    @Test
    void streamedInputTextIsQuotedTextNeverAFormula() throws Exception {
        try (XSSFWorkbook wb = publishLarge()) {
            int row = 2_002; // far below the template rows and the first streaming window
            assertQuotedText(WorkbookValuesTests.cell(wb, "tblClients", row, "Client"), name(row));
            assertQuotedText(WorkbookValuesTests.cell(wb, "tblConcentration", row, "Client"), name(row));
            assertQuotedText(WorkbookValuesTests.cell(wb, "tblRejects", 1_400, "Record"), "=cmd|' /C calc'!A1400");
            Cell segment = WorkbookValuesTests.cell(wb, "tblClients", row, "Segment");
            assertThat(segment.getCellType()).isEqualTo(CellType.STRING);
            assertThat(segment.getStringCellValue()).isEqualTo(ReportFixtures.COPILOT);
        }
    }

    @Test
    void streamedMoneyIsRoundedToCentsAndRatiosAreUnroundedWithTheTemplatesFormats() throws Exception {
        try (XSSFWorkbook wb = publishLarge()) {
            int row = 2_001;
            Cell quarter = WorkbookValuesTests.cell(wb, "tblClients", row, "Quarter");
            assertThat(quarter.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(quarter.getNumericCellValue()).isEqualTo(10.02); // 10.015 HALF_EVEN
            assertThat(quarter.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00;[Red]-#,##0.00");
            Cell qoq = WorkbookValuesTests.cell(wb, "tblClients", row, "QoQ");
            assertThat(qoq.getNumericCellValue()).isEqualTo(0.0512345678901);
            assertThat(qoq.getCellStyle().getDataFormatString()).contains("%");
            assertThat(WorkbookValuesTests.cell(wb, "tblClients", row, "YoY").getCellType())
                    .isEqualTo(CellType.BLANK);
            Cell share = WorkbookValuesTests.cell(wb, "tblConcentration", row, "Share");
            assertThat(share.getNumericCellValue()).isCloseTo(1.0 / CLIENTS, within(1e-18));
            assertThat(share.getCellStyle().getDataFormatString()).contains("%");
        }
    }

    @Test
    void theConcentrationSummaryAboveAStreamedTableAndTheChartsTopTenAreWritten() throws Exception {
        try (XSSFWorkbook wb = publishLarge()) {
            assertThat(WorkbookLayoutTests.dataRows(wb, "tblConcentrationSummary")).isEqualTo(2);
            assertThat(WorkbookValuesTests.cell(wb, "tblConcentrationSummary", 0, "Clients").getNumericCellValue())
                    .isEqualTo(CLIENTS);
            assertThat(WorkbookValuesTests.cell(wb, "tblConcentrationSummary", 1, "Scope").getStringCellValue())
                    .isEqualTo(ReportFixtures.COPILOT);
            var chart = wb.getSheet("Concentration").getDrawingPatriarch().getCharts().get(0);
            var series = chart.getChartSeries().get(0).getSeries(0);
            // tblConcentration under the two-scope summary and the chart: its data from row 33
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Concentration!$D$33:$D$42");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Concentration!$F$33:$F$42");
            // the cached points, which readers that do not recalculate draw
            String xml = chart.getCTChart().xmlText();
            assertThat(xml).contains(id(9)).doesNotContain(id(10));
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(10);
        }
    }

    @Test
    void aStreamedSheetsUsedRangeCoversTheTemplateRowsAndTheStreamedRows() throws Exception {
        try (XSSFWorkbook wb = publishLarge()) {
            // tblClients: header on row 4, 2,500 rows to row 2504; the title is on row 1
            assertThat(wb.getSheet("Clients").getCTWorksheet().getDimension().getRef()).isEqualTo("A1:K2504");
            // tblConcentration (A:I) has its header on row 32, under the two-scope summary and the chart
            assertThat(wb.getSheet("Concentration").getCTWorksheet().getDimension().getRef())
                    .isEqualTo("A1:I" + (32 + CLIENTS + COPILOT_CLIENTS));
        }
    }

    @Test
    void leavesNoStreamingTemporaryFilesBehind() throws Exception {
        Path poiTemp = Files.createDirectory(out.resolve("poi-temp"));
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));
        try {
            new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(large(), out.resolve("output"));
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
        try (Stream<Path> left = Files.list(poiTemp)) {
            assertThat(left).isEmpty();
        }
    }

    private static void assertQuotedText(Cell cell, String expected) {
        assertThat(cell.getCellType()).as(expected).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(expected);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(expected).isTrue();
    }

    private static String id(int i) {
        return String.format("C%06d", i);
    }

    /**
     * Every seventh name looks like a formula; another seventh is in French and Japanese with an emoji
     * (2, 3 and 4 bytes of UTF-8); the others carry characters XML must escape.
     */
    private static String name(int i) {
        if (i % 7 == 0) {
            return "=HYPERLINK(\"http://evil.example\",\"" + i + "\")";
        }
        return i % 7 == 3 ? "Société Générale 株式会社 😀 <" + id(i) + ">" : "Client <" + id(i) + "> & Co";
    }

    /**
     * All segments: {@value #CLIENTS} clients in rank order, each 1/CLIENTS of the revenue; every other
     * client is also in Copilot. Money of 10.015 on every client rounds HALF_EVEN to 10.02.
     */
    static ReportContent large() {
        ReportContent base = ReportFixtures.complete();
        BigDecimal share = BigDecimal.ONE.divide(BigDecimal.valueOf(CLIENTS));
        BigDecimal money = new BigDecimal("10.015");
        List<ClientRevenue> clients = new ArrayList<>();
        List<ClientShare> all = new ArrayList<>();
        List<ClientShare> copilot = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String segment = i % 2 == 0 ? ReportFixtures.COPILOT : ReportFixtures.AOAI;
            clients.add(new ClientRevenue(id(i), name(i), segment, List.of(money, money, money), money, money,
                    new BigDecimal("0.0512345678901"), money, null));
            all.add(new ClientShare(i + 1, id(i), name(i), money, share, share.multiply(BigDecimal.valueOf(i + 1)),
                    false, null));
            if (i % 2 == 0) {
                copilot.add(new ClientShare(i / 2 + 1, id(i), name(i), money, share.add(share), share, false, null));
            }
        }
        List<Reject> rejects = new ArrayList<>();
        for (int i = 0; i < REJECTS; i++) {
            rejects.add(new Reject(ReportFixtures.JULY_2024, "billing-2024-07.csv", i + 2, RejectReason.MALFORMED_ROW, "unbalanced quotes",
                    "=cmd|' /C calc'!A" + i));
        }
        var f = base.figures();
        List<ConcentrationScope> scopes = List.of(
                new ConcentrationScope(ReportFixtures.COPILOT, copilot, money, share, share, share, BigDecimal.ONE,
                        ConcentrationLevel.LOW),
                new ConcentrationScope(QuarterFigures.ALL_SEGMENTS, all, money, share, share, share, BigDecimal.ONE,
                        ConcentrationLevel.LOW));
        QuarterFigures figures = new QuarterFigures(f.period(), f.reportingCurrency(), f.reconciliation(), scopes,
                f.growth(), f.monthly(), clients);
        return new ReportContent(figures, rejects, base.audit());
    }
}
