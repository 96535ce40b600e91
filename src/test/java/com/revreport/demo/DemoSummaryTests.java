package com.revreport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.testing.WorkbookTables;

/**
 * The Summary's tblSegments read back from the demo's workbooks: on every quarter each figure equals
 * the one of the table it summarises, and on FY2024-Q3 and FY2024-Q4 the figures worked out by hand
 * from input/README.md.
 */
class DemoSummaryTests {

    private static final String ALL = "All segments";

    @TempDir
    Path out;

    @Test
    void segmentsFiguresEqualThoseOfTheTablesTheySummariseOnEveryQuarter() throws Exception {
        for (String quarter : DemoReport.QUARTERS) {
            Path workbook = DemoReport.read().publish(quarter, out);
            List<Map<String, Object>> segments = WorkbookTables.rows(workbook, "tblSegments");
            List<Map<String, Object>> growth = WorkbookTables.rows(workbook, "tblGrowth");
            List<Map<String, Object>> reconciliation = WorkbookTables.rows(workbook, "tblReconciliation");
            List<Map<String, Object>> clients = WorkbookTables.rows(workbook, "tblConcentration");
            List<Map<String, Object>> concentration = WorkbookTables.rows(workbook, "tblConcentrationSummary");

            List<Map<String, Object>> quarterRows = reconciliation.stream()
                    .filter(r -> quarter.equals(r.get("Month"))).toList();
            List<Object> names = new ArrayList<>(quarterRows.stream().map(r -> r.get("Segment")).sorted().toList());
            names.add(ALL);
            assertThat(segments).as(quarter).extracting(r -> r.get("Segment")).containsExactlyElementsOf(names);

            BigDecimal billed = BigDecimal.ZERO;
            BigDecimal ledger = BigDecimal.ZERO;
            for (Map<String, Object> row : segments) {
                String scope = (String) row.get("Segment");
                String as = quarter + " " + scope;
                Map<String, Object> g = find(growth, "Scope", scope);
                assertSame(as, row, g, "Revenue", "Revenue");
                assertSame(as, row, g, "QoQ", "QoQ");
                assertSame(as, row, g, "YoY", "YoY");
                Map<String, Object> top = find(clients, "Scope", scope, "Rank", BigDecimal.valueOf(1.0));
                assertSame(as, row, top, "Top client", "Client");
                assertSame(as, row, top, "Top client share", "Share");
                Map<String, Object> c = find(concentration, "Scope", scope);
                assertSame(as, row, c, "HHI", "HHI");
                assertSame(as, row, c, "Level", "Level");
                if (!scope.equals(ALL)) {
                    Map<String, Object> r = find(quarterRows, "Segment", scope);
                    for (String column : List.of("Billed", "Ledger", "Variance", "Status")) {
                        assertSame(as, row, r, column, column);
                    }
                    billed = billed.add(money(r.get("Billed")));
                    ledger = ledger.add(money(r.get("Ledger")));
                }
            }
            Map<String, Object> all = find(segments, "Segment", ALL);
            assertThat(money(all.get("Billed"))).as(quarter).isEqualByComparingTo(billed);
            assertThat(money(all.get("Ledger"))).as(quarter).isEqualByComparingTo(ledger);
            assertThat(money(all.get("Variance"))).as(quarter).isEqualByComparingTo(billed.subtract(ledger));
            assertThat(all.get("Status")).as(quarter).isEqualTo(entityStatus(quarterRows));
        }
    }

    @Test
    void fy2024Q3SeparatesGrowthFromTheRatesWhereASegmentBillsInEurosAndPounds() throws Exception {
        Path workbook = DemoReport.read().publish("FY2024-Q3", out);
        List<Map<String, Object>> growth = WorkbookTables.rows(workbook, "tblGrowth");
        List<Map<String, Object>> summary = WorkbookTables.rows(workbook, "tblSummary");

        for (Map<String, Object> row : growth) {
            String scope = (String) row.get("Scope");
            // FX effect = (reported - constant-currency growth) x 100, in percentage points, as written
            BigDecimal qoq = number(row.get("QoQ")).subtract(number(row.get("QoQ constant currency")));
            BigDecimal yoy = number(row.get("YoY")).subtract(number(row.get("YoY constant currency")));
            assertThat(number(row.get("FX effect QoQ")).doubleValue()).as(scope)
                    .isCloseTo(qoq.doubleValue() * 100, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(number(row.get("FX effect YoY")).doubleValue()).as(scope)
                    .isCloseTo(yoy.doubleValue() * 100, org.assertj.core.data.Offset.offset(1e-9));
        }
        // AI Model Services bills in EUR and GBP, whose rates move month by month: the rates moved its growth;
        // the two other segments bill in USD only, the reporting currency
        Map<String, Object> models = find(growth, "Scope", "AI Model Services");
        assertThat(number(models.get("FX effect QoQ"))).isNotEqualByComparingTo("0");
        assertThat(number(models.get("FX effect YoY"))).isNotEqualByComparingTo("0");
        for (String usd : List.of("AI Assistant Subscriptions", "GPU Infrastructure")) {
            assertThat(number(find(growth, "Scope", usd).get("FX effect QoQ"))).as(usd).isEqualByComparingTo("0");
            assertThat(number(find(growth, "Scope", usd).get("FX effect YoY"))).as(usd).isEqualByComparingTo("0");
        }
        Map<String, Object> all = find(growth, "Scope", ALL);
        assertThat(find(summary, "Metric", "QoQ constant currency (All segments)").get("Value"))
                .isEqualTo(all.get("QoQ constant currency"));
        assertThat(find(summary, "Metric", "YoY constant currency (All segments)").get("Value"))
                .isEqualTo(all.get("YoY constant currency"));
    }

    @Test
    void fy2024Q3SegmentsShowTheReadmesFigures() throws Exception {
        List<Map<String, Object>> segments = WorkbookTables.rows(DemoReport.read().publish("FY2024-Q3", out),
                "tblSegments");

        Map<String, Object> subscriptions = find(segments, "Segment", "AI Assistant Subscriptions");
        assertMoney(subscriptions, "Billed", "14949176.69");
        assertMoney(subscriptions, "Ledger", "14699789.09");
        assertMoney(subscriptions, "Variance", "249387.60"); // +250,000.00 in March, -612.40 in February
        assertThat(subscriptions.get("Status")).isEqualTo("BREAK");

        Map<String, Object> model = find(segments, "Segment", "AI Model Services");
        assertMoney(model, "Revenue", "217709289.45");
        assertMoney(model, "Billed", "217709289.45");
        assertMoney(model, "Ledger", "217529289.45");
        assertMoney(model, "Variance", "180000.00");
        assertThat(model.get("Status")).isEqualTo("WITHIN_TOLERANCE");
        assertThat(model.get("Top client")).isEqualTo("Lodestar Reasoning Labs");
        // 53,096,825.06 / 217,748,528.95 = 0.24384...
        assertThat((BigDecimal) model.get("Top client share")).isBetween(new BigDecimal("0.2438"),
                new BigDecimal("0.2439"));
        assertThat(((BigDecimal) model.get("HHI")).setScale(1, RoundingMode.HALF_EVEN)).isEqualByComparingTo("723.0");
        assertThat(model.get("Level")).isEqualTo("LOW");

        Map<String, Object> gpu = find(segments, "Segment", "GPU Infrastructure");
        assertMoney(gpu, "Billed", "23475465.13");
        assertMoney(gpu, "Ledger", "15623694.49");
        assertMoney(gpu, "Variance", "7851770.64"); // February has no ledger row
        assertThat(gpu.get("Status")).isEqualTo("BREAK");
        assertThat(gpu.get("Top client")).isEqualTo("Stratos Frontier Models Inc.");
        assertThat((BigDecimal) gpu.get("Top client share")).isEqualByComparingTo("1");
        assertThat((BigDecimal) gpu.get("HHI")).isEqualByComparingTo("10000");
        assertThat(gpu.get("Level")).isEqualTo("HIGH");

        Map<String, Object> all = find(segments, "Segment", ALL);
        // 217,709,289.45 + 14,949,176.69 + 23,475,465.13 = 256,133,931.27
        assertMoney(all, "Revenue", "256133931.27");
        assertMoney(all, "Billed", "256133931.27");
        // 217,529,289.45 + 14,699,789.09 + 15,623,694.49 = 247,852,773.03
        assertMoney(all, "Ledger", "247852773.03");
        // 256,133,931.27 - 247,852,773.03
        assertMoney(all, "Variance", "8281158.24");
        assertThat(all.get("Status")).isEqualTo("BREAK");
        assertThat(all.get("Top client")).isEqualTo("Lodestar Reasoning Labs");
        // 53,096,825.06 / 256,173,170.77 = 0.20727...
        assertThat((BigDecimal) all.get("Top client share")).isBetween(new BigDecimal("0.2072"),
                new BigDecimal("0.2073"));
        assertThat(((BigDecimal) all.get("HHI")).setScale(1, RoundingMode.HALF_EVEN)).isEqualByComparingTo("611.8");
        assertThat(all.get("Level")).isEqualTo("LOW");
    }

    @Test
    void fy2024Q4ShowsALedgerOnlySegmentWithBlankGrowthAndConcentration() throws Exception {
        List<Map<String, Object>> segments = WorkbookTables.rows(DemoReport.read().publish("FY2024-Q4", out),
                "tblSegments");

        Map<String, Object> consulting = find(segments, "Segment", "AI Consulting Services");
        assertThat(consulting.get("Revenue")).isNull();
        assertThat(consulting.get("QoQ")).isNull();
        assertMoney(consulting, "Billed", "0");
        assertMoney(consulting, "Ledger", "85000.00");
        assertThat(consulting.get("Status")).isEqualTo("MISSING_BILLING");
        assertThat(consulting.get("Top client")).isNull();
        assertThat(consulting.get("HHI")).isNull();

        Map<String, Object> all = find(segments, "Segment", ALL);
        // 267,268,523.42 + 17,275,778.27 + 32,489,605.50 (+ 0 for consulting) = 317,033,907.19
        assertMoney(all, "Billed", "317033907.19");
        // 267,268,523.42 + 17,275,778.27 + 33,989,605.50 + 85,000.00 = 318,618,907.19
        assertMoney(all, "Ledger", "318618907.19");
        assertMoney(all, "Variance", "-1585000.00");
        assertThat(all.get("Status")).isEqualTo("BREAK");
    }

    @Test
    void fy2024Q3CountsThePlantedRejectsByReasonAndSizesEachByClientAndAmount() throws Exception {
        Path workbook = DemoReport.read().publish("FY2024-Q3", out);
        List<Map<String, Object>> summary = WorkbookTables.rows(workbook, "tblSummary");
        List<Map<String, Object>> rejects = WorkbookTables.rows(workbook, "tblRejects");

        // README, planted bad rows in 2024-01 to 2024-03: one each of these five reasons
        assertThat(find(summary, "Metric", "Rejected billing rows").get("Value")).isEqualTo(BigDecimal.valueOf(5.0));
        for (String reason : List.of("MONTH_MISMATCH", "INVALID_AMOUNT", "SIGN_MISMATCH", "INVALID_CHARGE_TYPE",
                "DUPLICATE_LINE")) {
            assertThat(find(summary, "Metric", "Rejected: " + reason).get("Value")).as(reason)
                    .isEqualTo(BigDecimal.valueOf(1.0));
        }
        // billing-2024-02.csv line 447: the amount with a thousands separator does not read, so it is blank; the
        // record keeps it as it stood in the file
        Map<String, Object> amount = find(rejects, "Reason", "INVALID_AMOUNT");
        assertThat(amount.get("Line")).isEqualTo(BigDecimal.valueOf(447.0));
        assertThat(amount.get("Amount")).isNull();
        assertThat((String) amount.get("Record")).contains("CL-2", "\"1,234.00\"");
        // the four that read, in USD as their records say: 15,230.55 (2024-04 in the March file), 11,340.00 (the
        // duplicate), -1,520.75 (USAGE below zero), -480.00 (REFUND)
        assertThat(find(rejects, "Reason", "MONTH_MISMATCH").get("Amount")).isEqualTo(BigDecimal.valueOf(15230.55));
        assertThat(find(rejects, "Reason", "DUPLICATE_LINE").get("Amount")).isEqualTo(BigDecimal.valueOf(11340.0));
        assertThat(find(rejects, "Reason", "SIGN_MISMATCH").get("Amount")).isEqualTo(BigDecimal.valueOf(-1520.75));
        assertThat(find(rejects, "Reason", "INVALID_CHARGE_TYPE").get("Amount")).isEqualTo(BigDecimal.valueOf(-480.0));
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("Currency")).isEqualTo("USD"));
        // 15,230.55 + 11,340.00 - 1,520.75 - 480.00 = 24,569.80
        assertThat(find(summary, "Metric", "Rejected amount").get("Value")).isEqualTo(BigDecimal.valueOf(24569.8));
        assertThat(find(summary, "Metric", "Rejected amount leaves out").get("Value"))
                .isEqualTo("1 row with no amount on record");
    }

    @Test
    void fy2024Q3ShowsTheShippedExplanationOfOneBreakAndCountsTheOthersUnexplained() throws Exception {
        Path workbook = DemoReport.read().publish("FY2024-Q3", out);
        List<Map<String, Object>> reconciliation = WorkbookTables.rows(workbook, "tblReconciliation");
        List<Map<String, Object>> summary = WorkbookTables.rows(workbook, "tblSummary");
        List<Map<String, Object>> exceptions = WorkbookTables.rows(workbook, "tblExceptions");

        // input/explanations: AI Assistant Subscriptions 2024-03, 250,000.00 explained; its variance is
        // 5,286,716.57 - 5,036,716.57 = 250,000.00, so the explanation fits
        Map<String, Object> march = find(reconciliation, "Segment", "AI Assistant Subscriptions", "Month", "2024-03");
        assertThat(march.get("Explanation status")).isEqualTo("EXPLAINED");
        assertThat(march.get("Explained by")).isEqualTo("M. Keller");
        assertThat(march.get("Explained variance")).isEqualTo(BigDecimal.valueOf(250000.0));
        assertThat((String) march.get("Explanation")).startsWith("Credit note CN-2024-031");
        // findings nobody explained: the segment's quarter (249,387.60), GPU Infrastructure's missing February
        // ledger and its quarter's break: 3; the agreeing rows stay blank
        assertThat(find(summary, "Metric", "Unexplained breaks").get("Value")).isEqualTo(BigDecimal.valueOf(3.0));
        assertThat(find(reconciliation, "Segment", "AI Model Services", "Month", "2024-03").get("Explanation status"))
                .isNull();
        assertThat(exceptions.stream().map(e -> e.get("Explanation")).toList())
                .containsExactly("EXPLAINED", "UNEXPLAINED", "UNEXPLAINED", "UNEXPLAINED", null);
    }

    /** BREAK if any segment breaks or misses a side, else WITHIN_TOLERANCE if any is, else MATCHED. */
    private static String entityStatus(List<Map<String, Object>> quarterRows) {
        List<Object> statuses = quarterRows.stream().map(r -> r.get("Status")).toList();
        if (statuses.stream().anyMatch(s -> s.equals("BREAK") || ((String) s).startsWith("MISSING_"))) {
            return "BREAK";
        }
        return statuses.contains("WITHIN_TOLERANCE") ? "WITHIN_TOLERANCE" : "MATCHED";
    }

    private static void assertSame(String as, Map<String, Object> row, Map<String, Object> source, String column,
            String sourceColumn) {
        Object expected = source == null ? null : source.get(sourceColumn);
        if (expected instanceof BigDecimal number) {
            assertThat((BigDecimal) row.get(column)).as(as + " " + column).isEqualByComparingTo(number);
        } else {
            assertThat(row.get(column)).as(as + " " + column).isEqualTo(expected);
        }
    }

    private static void assertMoney(Map<String, Object> row, String column, String expected) {
        assertThat(money(row.get(column))).as(row.get("Segment") + " " + column).isEqualByComparingTo(expected);
    }

    /** A number cell as written, unrounded (a ratio, a percentage-point figure). */
    private static BigDecimal number(Object cell) {
        return new BigDecimal(cell.toString());
    }

    private static BigDecimal money(Object cell) {
        return ((BigDecimal) cell).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static Map<String, Object> find(List<Map<String, Object>> rows, String column, Object value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst().orElse(null);
    }

    private static Map<String, Object> find(List<Map<String, Object>> rows, String column, Object value,
            String column2, Object value2) {
        return rows.stream().filter(r -> value.equals(r.get(column)) && value2.equals(r.get(column2))).findFirst()
                .orElse(null);
    }
}
