package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.ClientRevenue;
import com.revreport.analysis.ClientShare;
import com.revreport.analysis.ConcentrationLevel;
import com.revreport.analysis.ConcentrationScope;
import com.revreport.analysis.QuarterFigures;
import com.revreport.report.xlsx.StreamedWorkbook;

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
            var wb = new SXSSFWorkbook(loaded, StreamedWorkbook.ROW_WINDOW, false, false);
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

        // rows checked from the tables' definitions alone: loading 200,000 rows back into XSSF needs more
        // than the 512 MB heap the job is measured with
        Map<String, Integer> rows = tableRows(file);
        assertThat(rows).containsEntry("tblClients", CLIENTS).containsEntry("tblConcentration", CLIENTS);
    }

    /** Data rows of every table, from the {@code ref} of its XML part (A1:K100001 -> 100,000). */
    private static Map<String, Integer> tableRows(Path workbook) throws java.io.IOException {
        Map<String, Integer> rows = new java.util.HashMap<>();
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("<table [^>]*?\\bname=\"(\\w+)\"");
        java.util.regex.Pattern ref = java.util.regex.Pattern.compile("<table [^>]*?\\bref=\"[A-Z]+(\\d+):[A-Z]+(\\d+)\"");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/tables/")) {
                    String xml = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    java.util.regex.Matcher n = name.matcher(xml);
                    java.util.regex.Matcher r = ref.matcher(xml);
                    if (n.find() && r.find()) {
                        rows.put(n.group(1), Integer.parseInt(r.group(2)) - Integer.parseInt(r.group(1)));
                    }
                }
            }
        }
        return rows;
    }
}
