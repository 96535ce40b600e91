package com.revreport.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.revreport.analysis.AnalysisInput;
import com.revreport.close.Explanations;
import com.revreport.ingest.ExplanationsReader;
import com.revreport.ingest.InputScanner;
import com.revreport.analysis.AnalysisSettings;
import com.revreport.model.BillingTotal;
import com.revreport.analysis.QuarterAnalysis;
import com.revreport.analysis.QuarterFigures;
import com.revreport.analysis.RejectedValue;
import com.revreport.calendar.FiscalQuarter;
import com.revreport.ingest.BillingMonthReader;
import com.revreport.model.ChargeTotal;
import com.revreport.model.FileCounts;
import com.revreport.ingest.InputInventory;
import com.revreport.ingest.InputScanner;
import com.revreport.model.MonthLoad;
import com.revreport.model.Reject;
import com.revreport.ingest.ReferenceDataReader;
import com.revreport.report.InputFileAudit;
import com.revreport.report.ReportContent;
import com.revreport.report.RunAudit;
import com.revreport.report.WorkbookPublisher;

/**
 * The committed demo input read by the real readers, computed by the real analysis and written by the
 * real publisher with the committed template: what a run on {@code input/} writes, without the store.
 */
final class DemoReport {

    static final int JULY = 7;

    /** Every fiscal quarter the demo's 24 months of billing cover. */
    static final List<String> QUARTERS = List.of("FY2023-Q1", "FY2023-Q2", "FY2023-Q3", "FY2023-Q4", "FY2024-Q1",
            "FY2024-Q2", "FY2024-Q3", "FY2024-Q4");

    private static DemoReport demo;

    private final AnalysisInput input;

    private final List<Reject> rejects = new ArrayList<>();

    private final Map<YearMonth, List<Reject>> rejectsByMonth = new HashMap<>();

    private final List<InputFileAudit> files = new ArrayList<>();

    private DemoReport() {
        InputInventory inventory = new InputScanner().scan(Path.of("input"));
        List<BillingTotal> billing = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        BillingMonthReader reader = new BillingMonthReader(new BigDecimal("0.05"));
        inventory.billing().forEach((month, monthFiles) -> {
            MonthLoad load = reader.read(month, monthFiles);
            for (ChargeTotal t : load.totals()) {
                billing.add(new BillingTotal(month, t.clientId(), t.segment(), t.currency(), t.amount()));
            }
            names.putAll(load.clientNames()); // months in order: the newest name wins
            rejectsByMonth.put(month, load.rejects());
            for (FileCounts f : load.files()) {
                files.add(new InputFileAudit("billing", f.file().name(), month.toString(), f.file().sha256(), f.read(),
                        f.accepted(), f.excluded(), f.rejected(), "LOADED"));
            }
        });
        ReferenceDataReader references = new ReferenceDataReader();
        input = new AnalysisInput(billing, references.readLedger(inventory.ledger()).rows(),
                references.readRates(inventory.fx()).rows(), names, FiscalQuarter.parse(QUARTERS.get(0), JULY));
    }

    static synchronized DemoReport read() {
        if (demo == null) {
            demo = new DemoReport();
        }
        return demo;
    }

    QuarterFigures figures(String quarter) {
        AnalysisInput asked = new AnalysisInput(input.billing(), input.ledger(), input.rates(), input.clientNames(),
                FiscalQuarter.parse(quarter, JULY));
        return new QuarterAnalysis().analyse(asked, AnalysisSettings.defaults(JULY));
    }

    /** The quarter's content as a run writes it: the rejects of the quarter's months, every input file. */
    ReportContent content(String quarter) {
        QuarterFigures figures = figures(quarter);
        List<Reject> quarterRejects = new ArrayList<>();
        figures.period().months().forEach(m -> quarterRejects.addAll(rejectsByMonth.getOrDefault(m, List.of())));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("quarter", quarter);
        parameters.put("fiscal-year-start-month", String.valueOf(JULY));
        RunAudit audit = new RunAudit("demo", Instant.parse("2024-07-02T02:00:00.123456789Z"),
                Instant.parse("2024-07-02T02:00:41.5Z"), parameters, files, "demo");
        // the controller's explanations, read from input/ as a run reads them
        Explanations explanations = Explanations.match(figures.reconciliation(),
                ExplanationsReader.read(InputScanner.explanationFiles(Path.of("input"))));
        return new ReportContent(figures, quarterRejects, audit, AnalysisSettings.defaults(JULY),
                RejectedValue.of(quarterRejects, input.rates(), figures.reportingCurrency()), explanations);
    }

    /** Publishes the quarter's workbook under {@code output} and returns its path. */
    Path publish(String quarter, Path output) throws IOException {
        return new WorkbookPublisher(Path.of("templates", "quarterly-report.xlsx")).publish(content(quarter), output);
    }
}
