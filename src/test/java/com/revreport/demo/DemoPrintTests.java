package com.revreport.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.report.LibreOffice;
import com.revreport.testing.WorkbookTables;

/**
 * The demo's FY2024-Q3 workbook printed as a reader prints it: LibreOffice to PDF on A4, then the
 * pages read back as text. Each page's footer names its sheet and says "page N of M", so the pages of
 * each sheet can be counted.
 */
class DemoPrintTests {

    private static final Pattern FOOTER = Pattern.compile(
            "Quarterly revenue report FY2024-Q3\\s+(\\S+)\\s+page (\\d+) of (\\d+)\\s*$");

    @TempDir
    Path out;

    @Test
    void summaryAndReconciliationPrintOnOnePageEachAndListsPrintFullWidthWithTheirHeaders() throws Exception {
        assumeTrue(LibreOffice.program("soffice") != null, "soffice (LibreOffice) is not installed: not printing");
        assumeTrue(LibreOffice.program("pdftotext") != null, "pdftotext (poppler-utils) is not installed");
        Path workbook = DemoReport.read().publish("FY2024-Q3", out.resolve("output"));
        LibreOffice.convert("pdf", null, out, workbook);
        List<String> pages = pages(out.resolve("revenue-report-FY2024-Q3.pdf"));

        Map<String, List<String>> bySheet = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            Matcher footer = footer(pages.get(i));
            assertThat(footer.group(2)).as("page number").isEqualTo(String.valueOf(i + 1));
            assertThat(footer.group(3)).as("pages in all").isEqualTo(String.valueOf(pages.size()));
            bySheet.computeIfAbsent(footer.group(1), s -> new ArrayList<>()).add(pages.get(i));
        }
        assertThat(bySheet.keySet()).containsExactly("Summary", "Changes", "Reconciliation", "Concentration", "Growth",
                "Clients", "Rejects", "Run");
        assertThat(bySheet.get("Summary")).hasSize(1);
        // the demo's first publication: version 1, nothing to compare it with, on one page
        assertThat(bySheet.get("Changes")).hasSize(1);
        assertThat(bySheet.get("Changes").get(0)).contains("Signed off by", "Version 1 is the first published version");
        assertThat(bySheet.get("Reconciliation")).hasSize(1);
        // the Summary's page answers the quarter: segments, the breaks and the largest clients
        assertThat(bySheet.get("Summary").get(0)).contains("Top client", "BREAK", "7,851,770.64",
                "Lodestar Reasoning Labs", "Monthly revenue by segment");

        // Concentration and Growth: the summary table and the whole chart first, on a page of their own
        String concentration = bySheet.get("Concentration").get(0);
        assertThat(concentration).contains("Top 10 share", "Top 10 clients by share of FY2024-Q3 revenue",
                "Share of All segments revenue").doesNotContain("Share change");
        String growth = bySheet.get("Growth").get(0);
        assertThat(growth).contains("Churned clients", "Monthly revenue, the 12 months to 2024-03",
                "Revenue, USD millions");
        // every page of a long list carries its header row, last column included: one page wide
        assertEachPageHasTheHeader(bySheet.get("Concentration").subList(1, bySheet.get("Concentration").size()),
                "Client ID", "Share change");
        assertEachPageHasTheHeader(bySheet.get("Growth").subList(1, bySheet.get("Growth").size()), "Scope", "Revenue");
        assertEachPageHasTheHeader(bySheet.get("Clients"), "Client ID", "YoY");
        assertEachPageHasTheHeader(bySheet.get("Rejects"), "File", "Record");
        assertEachPageHasTheHeader(bySheet.get("Run"), "Item", "Action");
    }

    /**
     * The Summary is the page a controller forwards: on one landscape page, at three quarters of its size on
     * screen or more. The print scale is read from the page: the pitch between two metric rows over the
     * rows' height in the workbook (three rows apart, none of them wrapping).
     */
    @Test
    void theSummaryPrintsOnOneLandscapePageAtThreeQuartersOfFullSizeOrMore() throws Exception {
        assumeTrue(LibreOffice.program("soffice") != null, "soffice (LibreOffice) is not installed: not printing");
        assumeTrue(LibreOffice.program("pdftotext") != null, "pdftotext (poppler-utils) is not installed");
        Path workbook = DemoReport.read().publish("FY2024-Q3", out.resolve("output"));
        LibreOffice.convert("pdf", null, out, workbook);
        String page = run(LibreOffice.program("pdftotext"), "-f", "1", "-l", "1", "-bbox",
                out.resolve("revenue-report-FY2024-Q3.pdf").toString(), "-");
        Matcher size = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\"").matcher(page);
        assertThat(size.find()).isTrue();
        assertThat(Double.parseDouble(size.group(1))).as("landscape").isGreaterThan(Double.parseDouble(size.group(2)));
        assertThat(page).contains(">Summary<").contains(">1</word>").contains(">of</word>");

        double rowHeight;
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
            XSSFSheet summary = wb.getSheet("Summary");
            var coverage = cellOf(summary, "Coverage");
            int row = coverage.getRowIndex();
            rowHeight = summary.getRow(row).getHeightInPoints();
            for (int r = row; r <= row + 3; r++) {
                assertThat(summary.getRow(r).getHeightInPoints()).as("row %d", r).isEqualTo((float) rowHeight);
            }
            assertThat(summary.getRow(row + 3).getCell(coverage.getColumnIndex()).getStringCellValue())
                    .isEqualTo("Reporting currency");
        }
        double pitch = (top(page, "Reporting") - top(page, "Coverage")) / 3;
        assertThat(pitch / rowHeight).as("print scale of the Summary").isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void theWholeWorkbookPrintsInAtMostFifteenPagesWithTheTop25OfEachListAndALineNamingTheRest() throws Exception {
        assumeTrue(LibreOffice.program("soffice") != null, "soffice (LibreOffice) is not installed: not printing");
        assumeTrue(LibreOffice.program("pdftotext") != null, "pdftotext (poppler-utils) is not installed");
        Path workbook = DemoReport.read().publish("FY2024-Q3", out.resolve("output"));
        LibreOffice.convert("pdf", null, out, workbook);
        List<String> pages = pages(out.resolve("revenue-report-FY2024-Q3.pdf"));
        List<Map<String, Object>> concentration = WorkbookTables.rows(workbook, "tblConcentration");
        List<Map<String, Object>> clients = WorkbookTables.rows(workbook, "tblClients");

        assertThat(pages).hasSizeLessThanOrEqualTo(15);
        String printed = String.join("\n", pages);
        // the tables stay complete: every row is in the file, only ranks 1 to 25 of each scope print
        long topOfEachScope = concentration.stream().filter(r -> ((BigDecimal) r.get("Rank")).intValue() <= 25).count();
        assertThat(concentration.size()).isGreaterThan((int) topOfEachScope);
        assertThat(printed).contains("the table holds all " + concentration.size() + " rows",
                "the table holds all " + clients.size() + " rows");
        // a printed row of tblConcentration reads "<scope>  <rank>  CL-<id>": as many as the ranks up to 25
        Matcher row = Pattern.compile("\\s(\\d+)\\s+CL-\\d+\\s").matcher(pages.stream()
                .filter(page -> footer(page).group(1).equals("Concentration")).reduce("", String::concat));
        long printedRows = 0;
        while (row.find()) {
            printedRows++;
            assertThat(Integer.parseInt(row.group(1))).isBetween(1, 25);
        }
        assertThat(printedRows).isEqualTo(topOfEachScope);
    }

    private static void assertEachPageHasTheHeader(List<String> pages, String first, String last) {
        assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(page).contains(first, last));
    }

    private static Matcher footer(String page) {
        String[] lines = page.strip().split("\n");
        Matcher footer = FOOTER.matcher(lines[lines.length - 1]);
        assertThat(footer.find()).as("footer of a page: " + lines[lines.length - 1]).isTrue();
        return footer;
    }

    /** The top of the first word {@code text} on a page that pdftotext -bbox wrote, in points. */
    private static double top(String bbox, String text) {
        Matcher word = Pattern.compile("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\"[^>]*>" + Pattern.quote(text)
                + "</word>").matcher(bbox);
        assertThat(word.find()).as("word " + text + " on the page").isTrue();
        return Double.parseDouble(word.group(1));
    }

    private static org.apache.poi.ss.usermodel.Cell cellOf(XSSFSheet sheet, String text) {
        for (var row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError(text + " is not on sheet " + sheet.getSheetName());
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text;
    }

    /** The text of each page, laid out as printed. */
    private static List<String> pages(Path pdf) throws Exception {
        Process process = new ProcessBuilder(LibreOffice.program("pdftotext"), "-layout", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> pages = new ArrayList<>();
        for (String page : text.split("\f")) {
            if (!page.isBlank()) {
                pages.add(page);
            }
        }
        return pages;
    }
}
