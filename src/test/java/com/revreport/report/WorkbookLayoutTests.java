package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookLayoutTests {

    @TempDir
    Path out;

    private XSSFWorkbook publish(ReportContent content) throws Exception {
        return ReportFixtures.open(new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(content, out));
    }

    @Test
    void sheetsComeInTheSpecOrder() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Changes", "Reconciliation", "Concentration", "Growth", "Clients",
                    "Rejects", "Run");
        }
    }

    @Test
    void everyTableHasItsSpecNameSheetAndHeaders() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            assertTable(wb, "Summary", "tblSummary", "Metric", "Value");
            assertTable(wb, "Changes", "tblVersions", "Version", "Published", "Signed off by", "Signed off at", "Note");
            assertTable(wb, "Changes", "tblChanges", "Figure", "Scope", "Period", "Previous", "Current", "Difference",
                    "Cause");
            assertTable(wb, "Summary", "tblSegments", "Segment", "Revenue", "QoQ", "YoY", "Billed", "Ledger",
                    "Variance", "Status", "Top client", "Top client share", "HHI", "Level");
            assertTable(wb, "Summary", "tblExceptions", ExceptionsTable.HEADERS.toArray(String[]::new));
            assertTable(wb, "Reconciliation", "tblReconciliation", "Segment", "Month", "Billed", "Ledger",
                    "Variance", "Variance %", "Status");
            assertTable(wb, "Concentration", "tblConcentration", "Scope", "Rank", "Client ID", "Client", "Revenue",
                    "Share", "Cumulative share", "Major customer", "Share change");
            assertTable(wb, "Concentration", "tblConcentrationSummary", "Scope", "Clients", "Revenue",
                    "Top 1 share", "Top 5 share", "Top 10 share", "HHI", "Level");
            assertTable(wb, "Growth", "tblGrowth", "Scope", "Revenue", "Prior quarter", "QoQ",
                    "Prior year quarter", "YoY", "Run-rate", "New clients", "Churned clients", "NRR", "GRR");
            assertTable(wb, "Growth", "tblMonthly", "Scope", "Month", "Revenue");
            assertTable(wb, "Clients", "tblClients", "Client ID", "Client", "Segment", "Month 1", "Month 2",
                    "Month 3", "Quarter", "Prior quarter", "QoQ", "Prior year quarter", "YoY");
            assertTable(wb, "Rejects", "tblRejects", "File", "Line", "Reason", "Message", "Record");
            assertTable(wb, "Run", "tblRun", "Item", "Value");
        }
    }

    @Test
    void tableAreasCoverTheHeaderAndExactlyTheRowsWritten() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            assertThat(dataRows(wb, "tblReconciliation")).isEqualTo(6);
            // 5 All segments clients + 2 Azure OpenAI clients
            assertThat(dataRows(wb, "tblConcentration")).isEqualTo(7);
            assertThat(dataRows(wb, "tblConcentrationSummary")).isEqualTo(2);
            assertThat(dataRows(wb, "tblGrowth")).isEqualTo(2);
            // 12 All segments months + 1 Copilot month
            assertThat(dataRows(wb, "tblMonthly")).isEqualTo(13);
            assertThat(dataRows(wb, "tblClients")).isEqualTo(5);
            assertThat(dataRows(wb, "tblRejects")).isEqualTo(2);
            // run id, started, finished, version, billing format, 2 parameters, 2 files
            assertThat(dataRows(wb, "tblRun")).isEqualTo(9);
            // the row under each table is empty: nothing was written outside the area
            XSSFTable clients = table(wb, "tblClients");
            int below = clients.getArea().getLastCell().getRow() + 1;
            assertThat(clients.getXSSFSheet().getRow(below) == null).isTrue();
        }
    }

    @Test
    void anEmptyTableKeepsOneBlankRow() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.empty())) {
            for (String name : List.of("tblReconciliation", "tblConcentration", "tblClients", "tblRejects")) {
                XSSFTable table = table(wb, name);
                assertThat(dataRows(wb, name)).as(name).isEqualTo(1);
                int row = table.getArea().getLastCell().getRow();
                int col = table.getArea().getFirstCell().getCol();
                assertThat(table.getXSSFSheet().getRow(row).getCell(col).getCellType())
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            }
        }
    }

    @Test
    void theTopTablesHeaderRowIsFrozenOnEverySheet() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            for (XSSFTable table : allTables(wb)) {
                XSSFSheet sheet = table.getXSSFSheet();
                int top = sheet.getTables().stream().mapToInt(t -> t.getArea().getFirstCell().getRow()).min()
                        .orElseThrow();
                assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                // stacked tables (Summary, Concentration, Growth): freezing a lower one would pin the rows above
                assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition()).as(table.getName())
                        .isEqualTo(top + 1);
            }
        }
    }

    @Test
    void everyTableHasAnAutofilterOverItsArea() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            for (XSSFTable table : allTables(wb)) {
                assertThat(table.getCTTable().isSetAutoFilter()).as(table.getName()).isTrue();
                assertThat(table.getCTTable().getAutoFilter().getRef()).as(table.getName())
                        .isEqualTo(table.getCTTable().getRef());
            }
        }
    }

    @Test
    void columnsAreWideEnoughForTheirLongestValue() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            XSSFSheet rejects = wb.getSheet("Rejects");
            // "L17,2024-07,C009,Fabrikam,Copilot,USAGE,abc,USD" is 48 characters
            assertThat(rejects.getColumnWidth(4)).isGreaterThanOrEqualTo(48 * 256);
            XSSFSheet concentration = wb.getSheet("Concentration");
            // the longest client name is the HYPERLINK one: 37 characters that Calibri draws 30.54 digits wide
            // (ColumnWidthsTests works such sums by hand), x 1.03 + 0.75 = 32.2 -> 33, not 37
            assertThat(concentration.getColumnWidth(3)).isEqualTo(33 * 256);
        }
    }

    private static void assertTable(XSSFWorkbook wb, String sheet, String name, String... headers) {
        XSSFTable table = table(wb, name);
        assertThat(table.getXSSFSheet().getSheetName()).as(name).isEqualTo(sheet);
        assertThat(table.getDisplayName()).isEqualTo(name);
        CellReference first = table.getArea().getFirstCell();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            actual.add(table.getXSSFSheet().getRow(first.getRow()).getCell(first.getCol() + i)
                    .getStringCellValue());
            actual.set(i, actual.get(i));
        }
        assertThat(actual).containsExactly(headers);
        for (int i = 0; i < headers.length; i++) {
            assertThat(table.getColumns().get(i).getName()).isEqualTo(headers[i]);
        }
    }

    static XSSFTable table(XSSFWorkbook wb, String name) {
        return allTables(wb).stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    static List<XSSFTable> allTables(XSSFWorkbook wb) {
        List<XSSFTable> tables = new ArrayList<>();
        wb.forEach(s -> tables.addAll(((XSSFSheet) s).getTables()));
        return tables;
    }

    static int dataRows(XSSFWorkbook wb, String name) {
        AreaReference area = table(wb, name).getArea();
        return area.getLastCell().getRow() - area.getFirstCell().getRow();
    }
}
