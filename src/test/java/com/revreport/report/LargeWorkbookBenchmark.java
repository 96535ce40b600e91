package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.ClientRevenue;
import com.revreport.analysis.ClientShare;
import com.revreport.analysis.ConcentrationLevel;
import com.revreport.analysis.ConcentrationScope;
import com.revreport.analysis.QuarterFigures;

/**
 * Benchmark, not a test (speed is measured, never asserted in a test): writes a quarter of 100,000
 * clients and prints the time, then checks the tables hold every row.
 *
 * <pre>mvn -q test-compile && java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
 *     com.revreport.report.LargeWorkbookBenchmark</pre>
 * {@code -Dreport.phases=true} prints where the time goes.
 */
public class LargeWorkbookBenchmark {

    private static final int CLIENTS = 100_000;

    public static void main(String[] args) throws Exception {
        Path out = java.nio.file.Files.createTempDirectory("workbook-benchmark");
        new LargeWorkbookBenchmark().writesOneHundredThousandClients(out);
    }

    private static void phases(ReportContent content) throws Exception {
        long t0 = System.nanoTime();
        try (var in = java.nio.file.Files.newInputStream(ReportFixtures.TEMPLATE); var loaded = new XSSFWorkbook(in)) {
            var wb = new SXSSFWorkbook(loaded, WorkbookPublisher.ROW_WINDOW, false, false);
            try {
                var f = content.figures();
                ConcentrationSheet.write(wb, f.concentration());
                long t1 = System.nanoTime();
                ClientsSheet.write(wb, f.clients());
                long t2 = System.nanoTime();
                org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(loaded);
                long t3 = System.nanoTime();
                wb.write(java.io.OutputStream.nullOutputStream());
                long t4 = System.nanoTime();
                System.out.printf("concentration %d ms, clients %d ms, evaluateAll %d ms, write %d ms%n",
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                        (t4 - t3) / 1_000_000);
            } finally {
                wb.dispose();
            }
        }
    }

    void writesOneHundredThousandClients(Path out) throws Exception {
        ReportContent base = ReportFixtures.complete();
        List<ClientRevenue> clients = new ArrayList<>(CLIENTS);
        List<ClientShare> shares = new ArrayList<>(CLIENTS);
        BigDecimal share = BigDecimal.ONE.divide(BigDecimal.valueOf(CLIENTS));
        for (int i = 0; i < CLIENTS; i++) {
            String id = String.format("C%06d", i);
            BigDecimal revenue = BigDecimal.valueOf(1000 + i % 997, 2);
            clients.add(new ClientRevenue(id, "Client " + id, "Azure OpenAI", List.of(revenue, revenue, revenue),
                    revenue.multiply(BigDecimal.valueOf(3)), revenue, new BigDecimal("0.05"), revenue, null));
            shares.add(new ClientShare(i + 1, id, "Client " + id, revenue, share, share.multiply(BigDecimal.valueOf(i + 1)),
                    false, null));
        }
        var f = base.figures();
        QuarterFigures figures = new QuarterFigures(f.period(), f.reportingCurrency(), f.reconciliation(),
                List.of(new ConcentrationScope(QuarterFigures.ALL_SEGMENTS, shares, new BigDecimal("1000000"), share,
                        share, share, BigDecimal.ONE, ConcentrationLevel.LOW)),
                f.growth(), f.monthly(), clients);
        ReportContent content = new ReportContent(figures, base.rejects(), base.audit());

        if (Boolean.getBoolean("report.phases")) {
            phases(content);
        }
        long start = System.nanoTime();
        Path file = new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(content, out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("published " + CLIENTS + " clients (tblClients + tblConcentration) in " + millis + " ms");

        try (XSSFWorkbook wb = ReportFixtures.open(file)) {
            assertThat(WorkbookLayoutTests.dataRows(wb, "tblClients")).isEqualTo(CLIENTS);
            assertThat(WorkbookLayoutTests.dataRows(wb, "tblConcentration")).isEqualTo(CLIENTS);
        }
    }
}
