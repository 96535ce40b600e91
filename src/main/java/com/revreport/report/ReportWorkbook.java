package com.revreport.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.revreport.analysis.AnalysisSettings;
import com.revreport.analysis.QuarterFigures;
import com.revreport.report.xlsx.ChartRanges;
import com.revreport.report.xlsx.PrintLayout;
import com.revreport.report.xlsx.SheetDimension;
import com.revreport.report.xlsx.TableWriter;
import com.revreport.report.xlsx.TemplatePlaces;

/**
 * Fills a loaded template with one report's content; knows nothing of files. The small sheets are
 * filled through XSSF; Concentration, Clients and Rejects, which can pass 100,000 rows, stream
 * their rows below the template's through SXSSF (see {@link TableWriter#streamed}).
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static void fill(SXSSFWorkbook streaming, ReportContent content) {
        XSSFWorkbook workbook = streaming.getXSSFWorkbook();
        ReportTemplate.check(workbook);
        QuarterFigures figures = content.figures();
        // before any row is written: input text that happens to look like a placeholder stays as it is
        TemplatePlaces.fillPlaceholders(workbook, placeholders(content));
        TableWriter reconciliation = ReconciliationSheet.write(workbook, nonNull(figures.reconciliation()),
                content.explanations());
        TableWriter concentrationSummary = ConcentrationSheet.write(streaming, nonNull(figures.concentration()));
        Map<String, CellRangeAddress[]> segmentMonths = GrowthSheet.write(workbook, nonNull(figures.growth()),
                nonNull(figures.monthly()));
        ClientsSheet.write(streaming, nonNull(figures.clients()));
        RejectsSheet.write(streaming, nonNull(content.rejects()));
        RunSheet.write(workbook, content.audit(), figures.period().months());
        TableWriter changes = ChangesSheet.write(workbook, content.close());
        SummarySheet.write(workbook, content, reconciliation, concentrationSummary, changes);
        ChartRanges.seriesPerScope(workbook.getSheet("Summary"), workbook.getSheet("Growth"), segmentMonths);
        TemplatePlaces.writeNamed(workbook, "ClientsMonths", clientMonths(figures));
        properties(workbook, content);
        printLayout(workbook);
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        // readers that do not recalculate (and POI itself) see the formulas' values, including any a
        // finance user added to the template; streamed rows are not in memory, so a formula over
        // Concentration, Clients or Rejects data would see them blank (the Summary's own formulas
        // only read Reconciliation)
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        SheetDimension.coverStreamedRows(streaming);
    }

    /** Every sheet prints one page wide; Summary and Reconciliation, the pages a controller forwards, on one page. */
    private static void printLayout(XSSFWorkbook workbook) {
        PrintLayout.apply(workbook, "Summary", null, true);
        PrintLayout.apply(workbook, "Changes", null, false);
        PrintLayout.apply(workbook, "Reconciliation", ReconciliationSheet.TABLE, true);
        PrintLayout.apply(workbook, "Concentration", ConcentrationSheet.TABLE, false);
        PrintLayout.apply(workbook, "Growth", GrowthSheet.MONTHLY_TABLE, false);
        PrintLayout.apply(workbook, "Clients", ClientsSheet.TABLE, false);
        PrintLayout.apply(workbook, "Rejects", RejectsSheet.TABLE, false);
        PrintLayout.apply(workbook, "Run", RunSheet.TABLE, false);
    }

    /** The values the template's texts name in braces, worded as a finance reader writes them. */
    static Map<String, String> placeholders(ReportContent content) {
        AnalysisSettings settings = content.settings();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("quarter", content.figures().period().fileLabel());
        values.put("currency", content.figures().reportingCurrency());
        // the monthly series end with the newest month in range: twelve separate months, not a rolling sum
        List<java.time.YearMonth> months = content.figures().period().months();
        values.put("last-month", months.isEmpty() ? "" : months.get(months.size() - 1).toString());
        values.put("abs-tolerance", new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(settings.absTolerance()) + " " + content.figures().reportingCurrency());
        values.put("rel-tolerance", percent(settings.relTolerance()));
        values.put("major-customer-threshold", percent(settings.majorCustomerThreshold()));
        return values;
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String clientMonths(QuarterFigures figures) {
        StringBuilder text = new StringBuilder(figures.period().fileLabel());
        List<java.time.YearMonth> months = figures.period().quarter().months();
        for (int i = 0; i < months.size(); i++) {
            text.append(i == 0 ? ": " : ", ").append("Month ").append(i + 1).append(" = ").append(months.get(i));
            if (!figures.period().months().contains(months.get(i))) {
                text.append(" (not in range)");
            }
        }
        return text.toString();
    }

    private static void properties(XSSFWorkbook workbook, ReportContent content) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        String label = content.figures().period().fileLabel();
        core.setTitle("Quarterly revenue report " + label);
        core.setSubjectProperty(label);
        String version = content.audit() == null ? null : content.audit().applicationVersion();
        core.setCreator(version == null ? "RevReport" : "RevReport " + version);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
