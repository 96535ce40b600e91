package com.revreport.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Regenerates {@code templates/quarterly-report.xlsx}: run {@code main} from the project folder
 * and commit the result. After that the template is the finance team's to restyle in Excel or
 * LibreOffice (docs/template.md); this class is only the starting point, kept so the layout can be
 * rebuilt from source.
 */
public final class TemplateGenerator implements AutoCloseable {

    static final Path DEFAULT = Path.of("templates", "quarterly-report.xlsx");

    private static final byte[] NAVY = { (byte) 0x1F, (byte) 0x3A, (byte) 0x5F };

    private static final byte[] TEAL = { (byte) 0x2E, (byte) 0x86, (byte) 0xAB };

    private final XSSFWorkbook workbook = new XSSFWorkbook();

    private final XSSFCellStyle title;

    private final XSSFCellStyle subtitle;

    private final XSSFCellStyle note;

    private final XSSFCellStyle header;

    private final XSSFCellStyle text;

    private final XSSFCellStyle inputText;

    private final XSSFCellStyle money;

    private final XSSFCellStyle ratio;

    private final XSSFCellStyle change;

    private final XSSFCellStyle integer;

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : DEFAULT;
        generate(target);
        System.out.println("wrote " + target.toAbsolutePath());
    }

    static void generate(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (TemplateGenerator generator = new TemplateGenerator(); OutputStream out = Files.newOutputStream(target)) {
            generator.build();
            generator.workbook.write(out);
        }
    }

    private TemplateGenerator() {
        XSSFDataFormat formats = workbook.createDataFormat();
        XSSFFont titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        titleFont.setColor(new XSSFColor(NAVY, null));
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        XSSFFont subtitleFont = workbook.createFont();
        subtitleFont.setItalic(true);
        subtitleFont.setFontHeightInPoints((short) 11);
        subtitleFont.setColor(new XSSFColor(TEAL, null));
        subtitle = workbook.createCellStyle();
        subtitle.setFont(subtitleFont);

        XSSFFont noteFont = workbook.createFont();
        noteFont.setFontHeightInPoints((short) 9);
        noteFont.setColor(new XSSFColor(new byte[] { 0x59, 0x59, 0x59 }, null));
        note = workbook.createCellStyle();
        note.setFont(noteFont);

        XSSFFont headerFont = workbook.createFont();
        headerFont.setBold(true);
        headerFont.setColor(new XSSFColor(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF }, null));
        header = workbook.createCellStyle();
        header.setFont(headerFont);
        header.setFillForegroundColor(new XSSFColor(NAVY, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = workbook.createCellStyle();
        inputText = workbook.createCellStyle();
        inputText.setQuotePrefixed(true);
        money = workbook.createCellStyle();
        money.setDataFormat(formats.getFormat("#,##0.00;[Red]-#,##0.00"));
        ratio = workbook.createCellStyle();
        ratio.setDataFormat(formats.getFormat("0.0%"));
        change = workbook.createCellStyle();
        change.setDataFormat(formats.getFormat("+0.00%;[Red]-0.00%;0.00%"));
        integer = workbook.createCellStyle();
        integer.setDataFormat(formats.getFormat("#,##0"));
        integer.setAlignment(HorizontalAlignment.RIGHT);
    }

    private void build() {
        XSSFSheet summary = sheet("Summary", "Quarterly revenue report", null);
        named("ReportPeriod", summary, 1, 0, "FYyyyy-Qn \u00b7 months \u00b7 currency", subtitle);
        table(summary, 3, 0, SummarySheet.TABLE, SummarySheet.HEADERS, List.of(text, text), new int[] { 36, 34 });
        String[] cover = {
            "How to read this report",
            "Money is in the reporting currency, rounded to cents; ratios are percentages.",
            "A QTD report compares the same first months of earlier quarters.",
            "Reconciliation: billed revenue against the general ledger, per segment and month.",
            "Concentration: client shares, HHI and major customers (share of 10% or more).",
            "Growth: QoQ, YoY, run-rate, new and churned clients, NRR and GRR.",
            "Clients: every client and segment; Rejects: billing rows not accepted; Run: the audit trail.",
        };
        for (int i = 0; i < cover.length; i++) {
            put(summary, 3 + i, 3, cover[i], i == 0 ? subtitle : note);
        }
        summary.setColumnWidth(2, 4 * 256);
        summary.setColumnWidth(3, 84 * 256); // the cover text stays inside its cell, so it prints

        XSSFSheet reconciliation = sheet("Reconciliation", "Reconciliation: billing against the general ledger",
                "Variance = billed - ledger; a segment's quarter row has the quarter label as its month.");
        table(reconciliation, 3, 0, ReconciliationSheet.TABLE, ReconciliationSheet.HEADERS,
                List.of(inputText, text, money, money, money, ratio, text), new int[] { 24, 12, 16, 16, 16, 12, 18 });

        XSSFSheet concentration = sheet("Concentration", "Revenue concentration",
                "Share of the scope's revenue among clients with positive revenue; ranks by revenue.");
        put(concentration, 2, 0, "Major customer: share of 10% or more. In the All segments scope this is the "
                + "ASC 280 / IFRS 8 major-customer test; in a segment scope it is only a segment-level "
                + "concentration signal.", note);
        table(concentration, 4, 0, ConcentrationSheet.TABLE, ConcentrationSheet.HEADERS,
                List.of(inputText, integer, inputText, inputText, money, ratio, ratio, text, change),
                new int[] { 18, 7, 12, 28, 16, 10, 12, 10, 12 });
        table(concentration, 4, 10, ConcentrationSheet.SUMMARY_TABLE, ConcentrationSheet.SUMMARY_HEADERS,
                List.of(inputText, integer, money, ratio, ratio, ratio, integer, text),
                new int[] { 18, 9, 16, 11, 11, 12, 9, 11 });
        topClientsChart(concentration);

        XSSFSheet growth = sheet("Growth", "Growth", "QoQ and YoY are blank when the earlier quarter's revenue "
                + "is zero or below; NRR and GRR use the clients of the prior-year quarter.");
        table(growth, 4, 0, GrowthSheet.TABLE, GrowthSheet.HEADERS,
                List.of(inputText, money, money, ratio, money, ratio, money, integer, integer, ratio, ratio),
                new int[] { 18, 16, 16, 9, 18, 9, 16, 11, 14, 9, 9 });
        table(growth, 4, 12, GrowthSheet.MONTHLY_TABLE, GrowthSheet.MONTHLY_HEADERS,
                List.of(inputText, text, money), new int[] { 18, 10, 16 });
        monthlyChart(growth);

        XSSFSheet clients = sheet("Clients", "Clients", null);
        named("ClientsMonths", clients, 1, 0, "Month 1 = first month of the quarter", subtitle);
        table(clients, 3, 0, ClientsSheet.TABLE, ClientsSheet.HEADERS,
                List.of(inputText, inputText, inputText, money, money, money, money, money, ratio, money, ratio),
                new int[] { 12, 28, 18, 14, 14, 14, 15, 15, 9, 18, 9 });

        XSSFSheet rejects = sheet("Rejects", "Rejected billing rows",
                "Every row not accepted, with the raw record as it stood in the file.");
        table(rejects, 3, 0, RejectsSheet.TABLE, RejectsSheet.HEADERS,
                List.of(inputText, integer, text, inputText, inputText), new int[] { 26, 8, 20, 40, 60 });

        XSSFSheet run = sheet("Run", "Run", "Which run wrote this workbook, from which files, with which settings.");
        table(run, 3, 0, RunSheet.TABLE, RunSheet.HEADERS,
                List.of(text, inputText, text, text, integer, integer, integer, text),
                new int[] { 24, 30, 9, 66, 9, 10, 10, 12 });
    }

    private XSSFSheet sheet(String name, String heading, String description) {
        XSSFSheet sheet = workbook.createSheet(name);
        put(sheet, 0, 0, heading, title);
        sheet.getRow(0).setHeightInPoints(24); // room for the 16 pt title
        if (description != null) {
            put(sheet, 1, 0, description, subtitle);
        }
        return sheet;
    }

    private void put(XSSFSheet sheet, int row, int col, String value, XSSFCellStyle style) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(col).setCellValue(value);
        r.getCell(col).setCellStyle(style);
    }

    private void named(String name, XSSFSheet sheet, int row, int col, String placeholder, XSSFCellStyle style) {
        put(sheet, row, col, placeholder, style);
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(new CellReference(sheet.getSheetName(), row, col, true, true).formatAsString());
    }

    /** A table with its header and one blank prototype row whose cell styles the code copies. */
    private void table(XSSFSheet sheet, int headerRow, int firstCol, String name, List<String> headers,
            List<XSSFCellStyle> styles, int[] widths) {
        XSSFRow head = sheet.getRow(headerRow) == null ? sheet.createRow(headerRow) : sheet.getRow(headerRow);
        XSSFRow proto = sheet.getRow(headerRow + 1) == null ? sheet.createRow(headerRow + 1)
                : sheet.getRow(headerRow + 1);
        for (int i = 0; i < headers.size(); i++) {
            head.createCell(firstCol + i).setCellValue(headers.get(i));
            head.getCell(firstCol + i).setCellStyle(header);
            proto.createCell(firstCol + i).setCellStyle(styles.get(i));
            sheet.setColumnWidth(firstCol + i, widths[i] * 256);
        }
        AreaReference area = new AreaReference(new CellReference(headerRow, firstCol),
                new CellReference(headerRow + 1, firstCol + headers.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        table.updateHeaders();
        CTTableStyleInfo style = table.getCTTable().isSetTableStyleInfo() ? table.getCTTable().getTableStyleInfo()
                : table.getCTTable().addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        if (!table.getCTTable().isSetAutoFilter()) {
            table.getCTTable().addNewAutoFilter();
        }
        table.getCTTable().getAutoFilter().setRef(area.formatAsString());
        sheet.createFreezePane(0, headerRow + 1);
    }

    private void topClientsChart(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // right of tblConcentration, under tblConcentrationSummary (the code moves it down as that grows)
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 10, 8, 18, 30);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Top 10 clients by share of revenue (All segments)");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis clients = chart.createCategoryAxis(AxisPosition.LEFT);
        clients.setOrientation(AxisOrientation.MAX_MIN); // rank 1 at the top
        XDDFValueAxis shares = chart.createValueAxis(AxisPosition.BOTTOM);
        shares.setCrosses(AxisCrosses.AUTO_ZERO);
        shares.setNumberFormat("0%");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, clients, shares);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(5, 5, 3, 3)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(5, 5, 5, 5)));
        series.setTitle("Share", null);
        chart.plot(data);
        // an explicit colour: LibreOffice draws nothing for a series left on automatic fill
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(TEAL)));
    }

    private void monthlyChart(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // under tblGrowth (the code moves it down as that grows), left of tblMonthly
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 8, 8, 28);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Monthly revenue, trailing 12 months (All segments)");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis revenue = chart.createValueAxis(AxisPosition.LEFT);
        revenue.setCrosses(AxisCrosses.AUTO_ZERO);
        revenue.setNumberFormat("#,##0");
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, revenue);
        data.setVaryColors(false);
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(5, 5, 13, 13)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(5, 5, 14, 14)));
        series.setTitle("All segments", null);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        chart.plot(data);
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(NAVY)));
        line.setWidth(2.25);
        series.setLineProperties(line);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
