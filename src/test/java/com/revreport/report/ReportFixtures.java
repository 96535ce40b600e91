package com.revreport.report;

import static com.revreport.analysis.QuarterFigures.ALL_SEGMENTS;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.ClientRevenue;
import com.revreport.analysis.ClientShare;
import com.revreport.analysis.ConcentrationLevel;
import com.revreport.analysis.ConcentrationScope;
import com.revreport.analysis.MonthlyRevenue;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.ReconciliationStatus;
import com.revreport.analysis.ReportPeriod;
import com.revreport.analysis.ScopeGrowth;
import com.revreport.analysis.SegmentReconciliation;
import com.revreport.calendar.FiscalQuarter;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;

/**
 * Hand-built report content (the analysis that fills it is written elsewhere). FY2024-Q3 with
 * fiscal years starting in January is July-September 2024. All segments: five clients, T = 1,000.00.
 */
final class ReportFixtures {

    static final Path TEMPLATE = Path.of("templates", "quarterly-report.xlsx");

    static final FiscalQuarter Q3 = new FiscalQuarter(2024, 3, 1);

    static final String AOAI = "Azure OpenAI";

    static final String COPILOT = "Copilot";

    /** Client names that a spreadsheet would take for formulas if they were not written as text. */
    static final List<String> HOSTILE_NAMES = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(A1)",
            "-1+2", "@foo");

    private ReportFixtures() {
    }

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static ReportContent complete() {
        ReportPeriod period = new ReportPeriod(Q3, Q3.months(), List.of());
        return content(period);
    }

    /** Two of three months in range, the second without billing. */
    static ReportContent quarterToDate() {
        ReportPeriod period = new ReportPeriod(Q3, List.of(YearMonth.of(2024, 7), YearMonth.of(2024, 8)),
                List.of(YearMonth.of(2024, 8)));
        return content(period);
    }

    /** Nothing to report: every table is empty. */
    static ReportContent empty() {
        ReportPeriod period = new ReportPeriod(Q3, Q3.months(), List.of());
        QuarterFigures figures = new QuarterFigures(period, "USD", List.of(), List.of(), List.of(), List.of(),
                List.of());
        return new ReportContent(figures, List.of(), audit());
    }

    static ReportContent content(ReportPeriod period) {
        QuarterFigures figures = new QuarterFigures(period, "USD", reconciliation(), concentration(), growth(),
                monthly(), clients());
        return new ReportContent(figures, rejects(), audit());
    }

    /** 6 rows: MATCHED 2, WITHIN_TOLERANCE 2, MISSING_LEDGER 2; so not every reconciliation matched. */
    static List<SegmentReconciliation> reconciliation() {
        return List.of(
                new SegmentReconciliation(AOAI, "2024-07", false, d("200.00"), d("200.00"), d("0"), d("0"),
                        ReconciliationStatus.MATCHED),
                new SegmentReconciliation(AOAI, "2024-08", false, d("100.00"), d("100.00"), d("0"), d("0"),
                        ReconciliationStatus.MATCHED),
                // 100.005 rounds HALF_EVEN to 100.00, 100.015 to 100.02; variance -0.01 / 100.015
                new SegmentReconciliation(AOAI, "2024-09", false, d("100.005"), d("100.015"), d("-0.010"),
                        d("-0.0000999850022496625506"), ReconciliationStatus.WITHIN_TOLERANCE),
                new SegmentReconciliation(AOAI, "FY2024-Q3", true, d("400.005"), d("400.015"), d("-0.010"),
                        d("-0.0000249990625351549317"), ReconciliationStatus.WITHIN_TOLERANCE),
                new SegmentReconciliation(COPILOT, "2024-07", false, d("400.00"), d("0"), d("400.00"), null,
                        ReconciliationStatus.MISSING_LEDGER),
                new SegmentReconciliation(COPILOT, "FY2024-Q3", true, d("400.00"), d("0"), d("400.00"), null,
                        ReconciliationStatus.MISSING_LEDGER));
    }

    /**
     * Segments first on purpose: the sheet must still put All segments first. All segments: Contoso
     * 500 (share 0.5), then the four hostile names 200, 150, 100, 50; HHI = 50^2 + 20^2 + 15^2 + 10^2
     * + 5^2 = 2500 + 400 + 225 + 100 + 25 = 3250.
     */
    static List<ConcentrationScope> concentration() {
        List<ClientShare> all = List.of(
                new ClientShare(1, "C001", "Contoso", d("500.00"), d("0.5"), d("0.5"), true, d("0.05")),
                new ClientShare(2, "C002", HOSTILE_NAMES.get(0), d("200.00"), d("0.2"), d("0.7"), true, null),
                new ClientShare(3, "C003", HOSTILE_NAMES.get(1), d("150.00"), d("0.15"), d("0.85"), true,
                        d("-0.025")),
                new ClientShare(4, "C004", HOSTILE_NAMES.get(2), d("100.00"), d("0.1"), d("0.95"), true, d("0")),
                new ClientShare(5, "C005", HOSTILE_NAMES.get(3), d("50.00"), d("0.05"), d("1"), false, d("0.01")));
        // Azure OpenAI: Contoso 400 and C002 200, T = 600; shares 2/3 and 1/3
        List<ClientShare> aoai = List.of(
                new ClientShare(1, "C001", "Contoso", d("400.00"), d("0.6666666666666667"),
                        d("0.6666666666666667"), true, null),
                new ClientShare(2, "C002", HOSTILE_NAMES.get(0), d("200.00"), d("0.3333333333333333"), d("1"), true,
                        null));
        return List.of(
                new ConcentrationScope(AOAI, aoai, d("600.00"), d("0.6666666666666667"), d("1"), d("1"),
                        d("5555.555555555556"), ConcentrationLevel.HIGH),
                new ConcentrationScope(ALL_SEGMENTS, all, d("1000.00"), d("0.5"), d("1"), d("1"), d("3250"),
                        ConcentrationLevel.HIGH));
    }

    /** All segments: 1,000 now, 800 a quarter ago (QoQ 0.25), 500 a year ago (YoY 1.0). */
    static List<ScopeGrowth> growth() {
        return List.of(
                new ScopeGrowth(COPILOT, d("400.00"), d("0"), null, d("0"), null, d("1600.00"), 4, 0, null, null),
                new ScopeGrowth(ALL_SEGMENTS, d("1000.00"), d("800.00"), d("0.25"), d("500.00"), d("1.0"),
                        d("4000.004"), 1, 0, d("1.1"), d("0.95")));
    }

    /** All segments: 12 months 2023-10 .. 2024-09 with revenue 100, 110, ..., 210; Copilot: 1 month. */
    static List<MonthlyRevenue> monthly() {
        List<MonthlyRevenue> rows = new ArrayList<>();
        rows.add(new MonthlyRevenue(COPILOT, YearMonth.of(2024, 7), d("400.00")));
        for (int i = 0; i < 12; i++) {
            rows.add(new MonthlyRevenue(ALL_SEGMENTS, YearMonth.of(2023, 10).plusMonths(i),
                    BigDecimal.valueOf(100 + 10 * i)));
        }
        return rows;
    }

    static List<ClientRevenue> clients() {
        return List.of(
                new ClientRevenue("C001", "Contoso", AOAI, List.of(d("200.00"), d("100.00"), d("100.005")),
                        d("400.005"), d("300.00"), d("0.3333500"), d("0"), null),
                new ClientRevenue("C002", HOSTILE_NAMES.get(0), AOAI, Arrays.asList(d("200.00"), d("0"), null),
                        d("200.00"), d("0"), null, null, null),
                new ClientRevenue("C003", HOSTILE_NAMES.get(1), COPILOT, List.of(d("150"), d("0"), d("0")),
                        d("150.00"), d("100"), d("0.5"), d("50"), d("2")),
                new ClientRevenue("C004", HOSTILE_NAMES.get(2), COPILOT, List.of(d("100"), d("0"), d("0")),
                        d("100.00"), null, null, null, null),
                new ClientRevenue("C005", HOSTILE_NAMES.get(3), COPILOT, List.of(d("50"), d("0"), d("0")),
                        d("50.00"), null, null, null, null));
    }

    static final java.time.YearMonth JULY_2024 = java.time.YearMonth.of(2024, 7);

    static List<Reject> rejects() {
        return List.of(
                new Reject(JULY_2024, "billing-2024-07.csv", 17, RejectReason.INVALID_AMOUNT, "amount 'abc' is not a number",
                        "L17,2024-07,C009,Fabrikam,Copilot,USAGE,abc,USD", "C009", null, "USD"),
                new Reject(JULY_2024, "billing-2024-07.csv", 42, RejectReason.MALFORMED_ROW, "unbalanced quotes",
                        "=cmd|' /C calc'!A0"));
    }

    static RunAudit audit() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("quarter", "FY2024-Q3");
        parameters.put("reporting-currency", "USD");
        return new RunAudit("run-42", Instant.parse("2024-10-02T02:00:00Z"), Instant.parse("2024-10-02T02:00:07Z"),
                parameters, List.of(
                        new InputFileAudit("BILLING", "billing-2024-07.csv", "2024-07",
                                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 103, 100, 0, 3,
                                "LOADED"),
                        new InputFileAudit("LEDGER", "ledger.csv", null,
                                "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", 6, 6, 0, 0,
                                "UNCHANGED")),
                "0.1.0");
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
