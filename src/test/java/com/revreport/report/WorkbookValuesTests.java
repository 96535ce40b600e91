package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.revreport.analysis.ClientRevenue;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.RejectedValue;
import com.revreport.model.FxRate;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;
import org.junit.jupiter.api.io.TempDir;

class WorkbookValuesTests {

    @TempDir
    Path out;

    private XSSFWorkbook publish(ReportContent content) throws Exception {
        return ReportFixtures.open(new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(content, out));
    }

    /** Cell of a table's data row (0-based) under the given header. */
    static Cell cell(XSSFWorkbook wb, String tableName, int dataRow, String header) {
        XSSFTable table = WorkbookLayoutTests.table(wb, tableName);
        CellReference first = table.getArea().getFirstCell();
        Row head = table.getXSSFSheet().getRow(first.getRow());
        for (Cell c : head) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)
                    && c.getColumnIndex() >= first.getCol()
                    && c.getColumnIndex() <= table.getArea().getLastCell().getCol()) {
                Row row = table.getXSSFSheet().getRow(first.getRow() + 1 + dataRow);
                return row.getCell(c.getColumnIndex(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            }
        }
        throw new AssertionError(tableName + " has no column " + header);
    }

    @Test
    void moneyIsNumericRoundedHalfEvenToCentsWithTheTemplatesNumberFormat() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            Cell billed = cell(wb, "tblReconciliation", 2, "Billed");
            assertThat(billed.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(billed.getNumericCellValue()).isEqualTo(100.00); // 100.005 -> 100.00 (HALF_EVEN)
            assertThat(cell(wb, "tblReconciliation", 2, "Ledger").getNumericCellValue()).isEqualTo(100.02); // 100.015
            assertThat(billed.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00;[Red]-#,##0.00");
            // run-rate 4000.004 -> 4000.00
            assertThat(cell(wb, "tblGrowth", 0, "Run-rate").getNumericCellValue()).isEqualTo(4000.00);
            assertThat(cell(wb, "tblClients", 0, "Month 3").getNumericCellValue()).isEqualTo(100.00);
        }
    }

    @Test
    void ratiosAreUnroundedFractionsWithAPercentFormat() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            Cell variance = cell(wb, "tblReconciliation", 2, "Variance %");
            assertThat(variance.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(variance.getNumericCellValue()).isEqualTo(-0.0000999850022496625506);
            assertThat(variance.getCellStyle().getDataFormatString()).contains("%");
            // Azure OpenAI scope, second row of that scope: share 1/3 (200 of 600)
            Cell share = cell(wb, "tblConcentration", 6, "Share");
            assertThat(share.getNumericCellValue()).isCloseTo(1.0 / 3, within(1e-15));
            assertThat(share.getCellStyle().getDataFormatString()).contains("%");
            assertThat(cell(wb, "tblGrowth", 0, "QoQ").getCellStyle().getDataFormatString()).contains("%");
            // a share change is in percentage points: 0.15 - 0.175 = -0.025 of a share is -2.5 pp, not -2.5%
            Cell change = cell(wb, "tblConcentration", 2, "Share change");
            assertThat(change.getNumericCellValue()).isEqualTo(-2.5);
            assertThat(change.getCellStyle().getDataFormatString()).contains("pp").doesNotContain("%");
        }
    }

    @Test
    void monthsAreYearMonthTextAndTheQuarterRowCarriesTheQuarterLabel() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            Cell month = cell(wb, "tblReconciliation", 0, "Month");
            assertThat(month.getCellType()).isEqualTo(CellType.STRING);
            assertThat(month.getStringCellValue()).isEqualTo("2024-07");
            assertThat(cell(wb, "tblReconciliation", 3, "Month").getStringCellValue()).isEqualTo("FY2024-Q3");
            // All segments first although the input listed Copilot first: 2023-10 is its first month
            assertThat(cell(wb, "tblMonthly", 0, "Scope").getStringCellValue()).isEqualTo("All segments");
            assertThat(cell(wb, "tblMonthly", 0, "Month").getStringCellValue()).isEqualTo("2023-10");
            assertThat(cell(wb, "tblMonthly", 11, "Month").getStringCellValue()).isEqualTo("2024-09");
        }
    }

    @Test
    void majorCustomerIsYesOrNoAndAllSegmentsComesFirst() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            assertThat(cell(wb, "tblConcentration", 0, "Scope").getStringCellValue()).isEqualTo("All segments");
            assertThat(cell(wb, "tblConcentration", 0, "Major customer").getStringCellValue()).isEqualTo("Yes");
            assertThat(cell(wb, "tblConcentration", 4, "Major customer").getStringCellValue()).isEqualTo("No");
            assertThat(cell(wb, "tblConcentration", 0, "Rank").getNumericCellValue()).isEqualTo(1);
            assertThat(cell(wb, "tblConcentrationSummary", 0, "HHI").getNumericCellValue()).isEqualTo(3250);
            assertThat(cell(wb, "tblConcentrationSummary", 0, "Level").getStringCellValue()).isEqualTo("HIGH");
            assertThat(cell(wb, "tblConcentrationSummary", 0, "Clients").getNumericCellValue()).isEqualTo(5);
        }
    }

    @Test
    void nullFiguresAreBlankCells() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            assertThat(cell(wb, "tblReconciliation", 4, "Variance %").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(wb, "tblConcentration", 1, "Share change").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(wb, "tblGrowth", 1, "QoQ").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(wb, "tblClients", 1, "Month 3").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(cell(wb, "tblClients", 3, "Prior quarter").getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void summaryTellsTheStoryOfTheQuarter() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            Map<String, Cell> summary = summary(wb);
            assertThat(summary.get("Quarter").getStringCellValue()).isEqualTo("FY2024-Q3");
            assertThat(summary.get("Coverage").getStringCellValue()).isEqualTo("Complete quarter");
            assertThat(summary.get("Months").getStringCellValue()).isEqualTo("2024-07, 2024-08, 2024-09");
            assertThat(summary.get("Missing months").getStringCellValue()).isEqualTo("None");
            assertThat(summary.get("Reporting currency").getStringCellValue()).isEqualTo("USD");
            Cell total = summary.get("Total revenue (All segments)");
            assertThat(total.getNumericCellValue()).isEqualTo(1000.00);
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00;[Red]-#,##0.00");
            assertThat(summary.get("Top client (All segments)").getStringCellValue()).isEqualTo("Contoso");
            Cell share = summary.get("Top client share (All segments)");
            assertThat(share.getNumericCellValue()).isEqualTo(0.5);
            assertThat(share.getCellStyle().getDataFormatString()).contains("%");
            assertThat(summary.get("HHI (All segments)").getNumericCellValue()).isEqualTo(3250);
            assertThat(summary.get("Concentration level (All segments)").getStringCellValue()).isEqualTo("HIGH");
            assertThat(summary.get("QoQ (All segments)").getNumericCellValue()).isEqualTo(0.25); // (1000-800)/800
            assertThat(summary.get("YoY (All segments)").getNumericCellValue()).isEqualTo(1.0); // (1000-500)/500
            // the two rejects of the quarter's list; the audit's file says 3 on purpose, so a count taken from it fails
            assertThat(summary.get("Rejected billing rows").getNumericCellValue()).isEqualTo(2);
            // by reason, in the order the rules check them: MALFORMED_ROW before INVALID_AMOUNT
            assertThat(summary.get("Rejected: MALFORMED_ROW").getNumericCellValue()).isEqualTo(1);
            assertThat(summary.get("Rejected: INVALID_AMOUNT").getNumericCellValue()).isEqualTo(1);
            assertThat(summary).doesNotContainKey("Rejected: DUPLICATE_LINE");
        }
    }

    @Test
    void summaryCountsReconciliationStatusesWithFormulasThatCarryTheirValues() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            Map<String, Cell> summary = summary(wb);
            // fixture: MATCHED 2, WITHIN_TOLERANCE 2, BREAK 0, MISSING_LEDGER 2, MISSING_BILLING 0
            assertFormula(summary.get("Reconciliation rows MATCHED"), 2);
            assertFormula(summary.get("Reconciliation rows WITHIN_TOLERANCE"), 2);
            assertFormula(summary.get("Reconciliation rows BREAK"), 0);
            assertFormula(summary.get("Reconciliation rows MISSING_LEDGER"), 2);
            assertFormula(summary.get("Reconciliation rows MISSING_BILLING"), 0);
            Cell check = summary.get(SummarySheet.CHECK_METRIC);
            assertThat(check.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(check.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(check.getStringCellValue()).isEqualTo("No");
            assertThat(check.getCellFormula()).doesNotContain("{");
        }
    }

    @Test
    void theCheckSaysYesWhenEveryReconciliationMatched() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.empty())) {
            assertThat(summary(wb).get(SummarySheet.CHECK_METRIC).getStringCellValue()).isEqualTo("Yes");
        }
    }

    @Test
    void everyFormulaInTheWorkbookHasACachedValue() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            int formulas = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            formulas++;
                            assertThat(c.getCachedFormulaResultType()).as(c.getAddress().formatAsString())
                                    .isIn(CellType.NUMERIC, CellType.STRING);
                            assertThat(c.getCellFormula()).doesNotContain("{");
                        }
                    }
                }
            }
            // five status counts, the check, Unexplained breaks and Changes since previous version
            assertThat(formulas).isEqualTo(8);
        }
    }

    @Test
    void aQuarterToDateReportSaysWhichMonthsItCoversAndWhichAreMissing() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.quarterToDate())) {
            Map<String, Cell> summary = summary(wb);
            assertThat(summary.get("Coverage").getStringCellValue()).isEqualTo("Quarter to date (2 of 3 months)");
            assertThat(summary.get("Months").getStringCellValue()).isEqualTo("2024-07, 2024-08");
            assertThat(summary.get("Missing months").getStringCellValue()).isEqualTo("2024-08");
        }
    }

    @Test
    void runSheetIsTheAuditTrail() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            assertThat(cell(wb, "tblRun", 0, "Item").getStringCellValue()).isEqualTo("Run ID");
            assertThat(cell(wb, "tblRun", 0, "Value").getStringCellValue()).isEqualTo("run-42");
            // date-times a reader can sort and subtract, to the second, in UTC as the item says
            Cell started = cell(wb, "tblRun", 1, "Value");
            assertThat(cell(wb, "tblRun", 1, "Item").getStringCellValue()).isEqualTo("Started (UTC)");
            assertThat(started.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(started.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 10, 2, 2, 0, 0));
            assertThat(started.getCellStyle().getDataFormatString()).isEqualTo(RunSheet.DATE_TIME_FORMAT);
            assertThat(cell(wb, "tblRun", 2, "Value").getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2024, 10, 2, 2, 0, 7));
            assertThat(cell(wb, "tblRun", 3, "Value").getStringCellValue()).isEqualTo("0.1.0");
            assertThat(cell(wb, "tblRun", 4, "Item").getStringCellValue()).isEqualTo("Billing format");
            assertThat(cell(wb, "tblRun", 4, "Value").getStringCellValue()).isEqualTo("revreport");
            assertThat(cell(wb, "tblRun", 5, "Item").getStringCellValue()).isEqualTo("Parameter quarter");
            assertThat(cell(wb, "tblRun", 7, "Value").getStringCellValue()).isEqualTo("billing-2024-07.csv");
            assertThat(cell(wb, "tblRun", 7, "Month").getStringCellValue()).isEqualTo("2024-07");
            assertThat(cell(wb, "tblRun", 7, "SHA-256").getStringCellValue()).startsWith("9f86d081");
            assertThat(cell(wb, "tblRun", 7, "Read").getNumericCellValue()).isEqualTo(103);
            assertThat(cell(wb, "tblRun", 7, "Accepted").getNumericCellValue()).isEqualTo(100);
            assertThat(cell(wb, "tblRun", 7, "Excluded").getNumericCellValue()).isEqualTo(0);
            assertThat(cell(wb, "tblRun", 7, "Rejected").getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void rejectsHoldTheirAmountAsANumberInTheRowsCurrencyAndTheSummaryTheirValue() throws Exception {
        YearMonth july = ReportFixtures.JULY_2024;
        List<Reject> rejects = List.of(
                new Reject(july, "billing-2024-07.csv", 3, RejectReason.SIGN_MISMATCH, "CREDIT amount 25.50 is above zero",
                        "L3,2024-07,C3,Y,AI,CREDIT,25.50,USD", "C3", new BigDecimal("25.50"), "USD"),
                new Reject(july, "billing-2024-07.csv", 4, RejectReason.DUPLICATE_LINE, "line_id 'L3' already seen",
                        "L3,2024-07,C4,Z,AI,USAGE,10.00,EUR", "C4", new BigDecimal("10.00"), "EUR"),
                new Reject(july, "billing-2024-07.csv", 5, RejectReason.UNKNOWN_CURRENCY, "currency 'XYZ'",
                        "L5,2024-07,C5,W,AI,USAGE,40.00,XYZ", "C5", new BigDecimal("40.00"), "XYZ"),
                new Reject(july, "billing-2024-07.csv", 6, RejectReason.INVALID_AMOUNT, "amount 'abc'",
                        "L6,2024-07,C6,V,AI,USAGE,abc,USD", "C6", null, "USD"));
        ReportContent base = ReportFixtures.complete();
        RejectedValue value = RejectedValue.of(rejects, List.of(new FxRate(july, "EUR", new BigDecimal("1.10"))), "USD");
        try (XSSFWorkbook wb = publish(new ReportContent(base.figures(), rejects, base.audit(), base.settings(), value))) {
            Cell credit = cell(wb, "tblRejects", 0, "Amount");
            assertThat(credit.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(credit.getNumericCellValue()).isEqualTo(25.50);
            assertThat(cell(wb, "tblRejects", 0, "Currency").getStringCellValue()).isEqualTo("USD");
            // in the row's own currency: 10.00 EUR stays 10.00 on the Rejects sheet
            assertThat(cell(wb, "tblRejects", 1, "Amount").getNumericCellValue()).isEqualTo(10.00);
            assertThat(cell(wb, "tblRejects", 1, "Currency").getStringCellValue()).isEqualTo("EUR");
            // 'abc' did not read: blank, the record keeps it as written
            assertThat(cell(wb, "tblRejects", 3, "Amount").getCellType()).isEqualTo(CellType.BLANK);

            Map<String, Cell> summary = summary(wb);
            // 25.50 USD + 10.00 EUR x 1.10 = 25.50 + 11.00 = 36.50; XYZ has no rate, abc no amount
            assertThat(summary.get("Rejected amount").getNumericCellValue()).isEqualTo(36.50);
            assertThat(summary.get("Rejected amount").getCellStyle().getDataFormatString()).contains("#,##0.00");
            assertThat(summary.get("Rejected amount leaves out").getStringCellValue()).isEqualTo("1 row with no "
                    + "amount on record, 1 row with no exchange rate");
        }
    }

    @Test
    void summaryNamesBilledAndBookedRevenueTheVerdictAndTheComparisonQuarters() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.complete())) {
            Map<String, Cell> summary = summary(wb);
            // quarter rows: Azure OpenAI billed 400.005, ledger 400.015; Copilot billed 400.00, no ledger (0)
            // booked 400.015 -> 400.02 as written; gap 800.005 - 400.015 = 399.99
            assertThat(summary.get("Booked revenue, ledger (All segments)").getNumericCellValue()).isEqualTo(400.02);
            assertThat(summary.get("Billed minus booked (All segments)").getNumericCellValue()).isEqualTo(399.99);
            // defaults: 1,000.00 USD and 0.005 of the ledger
            assertThat(summary.get("Reconciliation").getStringCellValue()).isEqualTo("0 of 2 segments break, 1 has "
                    + "no ledger over the quarter");
            assertThat(summary.get(SummarySheet.TOLERANCE_METRIC).getStringCellValue())
                    .isEqualTo("the larger of 1,000.00 USD and 0.5% of |ledger|");
            assertThat(summary.get("Prior quarter").getStringCellValue()).isEqualTo("FY2024-Q2");
            assertThat(summary.get("Prior quarter revenue (All segments)").getNumericCellValue()).isEqualTo(800.00);
            assertThat(summary.get("Prior year quarter").getStringCellValue()).isEqualTo("FY2023-Q3");
            assertThat(summary.get("Prior year quarter revenue (All segments)").getNumericCellValue())
                    .isEqualTo(500.00);
        }
    }

    @Test
    void aQuarterToDateComparesWithTheSameFirstMonthsAndNamesThem() throws Exception {
        try (XSSFWorkbook wb = publish(ReportFixtures.quarterToDate())) {
            Map<String, Cell> summary = summary(wb);
            assertThat(summary.get("Prior quarter").getStringCellValue()).isEqualTo("FY2024-Q2 (first 2 months)");
            assertThat(summary.get("Prior year quarter").getStringCellValue()).isEqualTo("FY2023-Q3 (first 2 months)");
        }
    }

    @Test
    void runListsTheQuartersOwnBillingFilesFirst() throws Exception {
        ReportContent content = ReportFixtures.complete();
        RunAudit audit = content.audit();
        List<InputFileAudit> files = new ArrayList<>();
        files.add(new InputFileAudit("BILLING", "billing-2024-06.csv", "2024-06", "aa", 1, 1, 0, 0, "UNCHANGED"));
        files.addAll(audit.files()); // billing-2024-07.csv (in the quarter), then ledger.csv
        RunAudit older = new RunAudit(audit.runId(), audit.started(), audit.finished(), audit.parameters(), files,
                audit.applicationVersion());
        try (XSSFWorkbook wb = publish(new ReportContent(content.figures(), content.rejects(), older))) {
            // run id, started, finished, version, 2 parameters: the files from data row 6
            assertThat(cell(wb, "tblRun", 7, "Value").getStringCellValue()).isEqualTo("billing-2024-07.csv");
            assertThat(cell(wb, "tblRun", 8, "Value").getStringCellValue()).isEqualTo("billing-2024-06.csv");
            assertThat(cell(wb, "tblRun", 9, "Value").getStringCellValue()).isEqualTo("ledger.csv");
        }
    }

    @Test
    void clientsAreListedLargestQuarterFirstWithoutRowsThatAreZeroInEveryPeriod() throws Exception {
        ReportContent content = ReportFixtures.complete();
        List<ClientRevenue> clients = new ArrayList<>(content.figures().clients());
        Collections.reverse(clients); // smallest first: the sheet must reorder them
        BigDecimal zero = BigDecimal.ZERO;
        clients.add(new ClientRevenue("C000", "Cancelled Co", ReportFixtures.COPILOT, List.of(zero, zero, zero), zero,
                zero, null, zero, null));
        var f = content.figures();
        var figures = new QuarterFigures(f.period(), f.reportingCurrency(), f.reconciliation(), f.concentration(),
                f.growth(), f.monthly(), clients);
        try (XSSFWorkbook wb = publish(new ReportContent(figures, content.rejects(), content.audit()))) {
            assertThat(WorkbookLayoutTests.dataRows(wb, "tblClients")).isEqualTo(5);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(cell(wb, "tblClients", i, "Client ID").getStringCellValue());
            }
            // quarters 400.005, 200, 150, 100, 50
            assertThat(ids).containsExactly("C001", "C002", "C003", "C004", "C005");
        }
    }

    static Map<String, Cell> summary(XSSFWorkbook wb) {
        Map<String, Cell> metrics = new HashMap<>();
        for (int i = 0; i < WorkbookLayoutTests.dataRows(wb, "tblSummary"); i++) {
            metrics.put(cell(wb, "tblSummary", i, "Metric").getStringCellValue(), cell(wb, "tblSummary", i, "Value"));
        }
        return metrics;
    }

    private static void assertFormula(Cell cell, double expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
        assertThat(cell.getCellFormula()).startsWith("COUNTIF(Reconciliation!");
        assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(expected);
    }
}
