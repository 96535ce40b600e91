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
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
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
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
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

    private static final byte[] RED_FILL = { (byte) 0xF8, (byte) 0xD7, (byte) 0xDA };

    private static final byte[] DARK_RED = { (byte) 0x9C, (byte) 0x00, (byte) 0x06 };

    private static final byte[] ORANGE_FILL = { (byte) 0xFC, (byte) 0xE4, (byte) 0xC4 };

    private static final byte[] YELLOW_FILL = { (byte) 0xFF, (byte) 0xF4, (byte) 0xC2 };

    private static final byte[] GREY_FILL = { (byte) 0xDD, (byte) 0xE4, (byte) 0xEE };

    private static final byte[] BLUE_FILL = { (byte) 0xD6, (byte) 0xE9, (byte) 0xF5 };

    /**
     * One colour per segment line on the Summary chart, neighbours far apart in hue (navy and a mid blue read
     * as one line on paper); a segment past the last reuses them in turn.
     */
    private static final byte[][] SERIES_COLOURS = { { (byte) 0x1F, (byte) 0x3A, (byte) 0x5F }, { (byte) 0xE0, (byte) 0x7A, 0x1F },
        { 0x5B, (byte) 0x9B, 0x3B }, { (byte) 0x8E, 0x44, (byte) 0xAD }, { (byte) 0xC0, 0x39, 0x2B },
        { 0x2E, (byte) 0x86, (byte) 0xAB } };

    private final XSSFWorkbook workbook = new XSSFWorkbook();

    private final XSSFCellStyle title;

    private final XSSFCellStyle subtitle;

    private final XSSFCellStyle note;

    private final XSSFCellStyle caption;

    private final XSSFCellStyle percentagePoints;

    /** Text beside a right-aligned number (a status after its variance, a level after its HHI). */
    private final XSSFCellStyle padded;

    /** Long input text (a message, a rejected record): wrapped, so all of it prints within the page's width. */
    private final XSSFCellStyle wrappedInput;

    private final XSSFCellStyle paddedWrappedInput;

    /** Input text beside a right-aligned number (a client id after its rank). */
    private final XSSFCellStyle paddedInput;


    private final XSSFCellStyle header;

    /** The header over a column of numbers: right-aligned, so it stands over its figures. */
    private final XSSFCellStyle numericHeader;

    /** The header over indented text: indented alike, so it stands off the number header before it. */
    private final XSSFCellStyle paddedHeader;

    /** A variance as a share of the ledger: two decimals, so a few hundred on millions reads -0.01%, not -0.0%. */
    private final XSSFCellStyle variancePercent;

    private final XSSFCellStyle text;

    private final XSSFCellStyle inputText;

    private final XSSFCellStyle money;

    private final XSSFCellStyle ratio;

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

        XSSFFont captionFont = workbook.createFont();
        captionFont.setBold(true);
        captionFont.setFontHeightInPoints((short) 12);
        captionFont.setColor(new XSSFColor(NAVY, null));
        caption = workbook.createCellStyle();
        caption.setFont(captionFont);

        XSSFFont headerFont = workbook.createFont();
        headerFont.setBold(true);
        headerFont.setColor(new XSSFColor(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF }, null));
        header = workbook.createCellStyle();
        header.setFont(headerFont);
        header.setFillForegroundColor(new XSSFColor(NAVY, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        numericHeader = workbook.createCellStyle();
        numericHeader.cloneStyleFrom(header);
        numericHeader.setAlignment(HorizontalAlignment.RIGHT);
        paddedHeader = workbook.createCellStyle();
        paddedHeader.cloneStyleFrom(header);
        paddedHeader.setIndention((short) 1);

        text = workbook.createCellStyle();
        padded = workbook.createCellStyle();
        padded.setAlignment(HorizontalAlignment.LEFT);
        padded.setIndention((short) 1);
        inputText = workbook.createCellStyle();
        inputText.setQuotePrefixed(true);
        wrappedInput = workbook.createCellStyle();
        wrappedInput.setQuotePrefixed(true);
        wrappedInput.setWrapText(true);
        paddedWrappedInput = workbook.createCellStyle();
        paddedWrappedInput.cloneStyleFrom(wrappedInput);
        paddedWrappedInput.setIndention((short) 1);
        paddedInput = workbook.createCellStyle();
        paddedInput.setQuotePrefixed(true);
        paddedInput.setAlignment(HorizontalAlignment.LEFT);
        paddedInput.setIndention((short) 1);
        money = workbook.createCellStyle();
        money.setDataFormat(formats.getFormat("#,##0.00;[Red]-#,##0.00"));
        ratio = workbook.createCellStyle();
        ratio.setDataFormat(formats.getFormat("0.0%;[Red]-0.0%"));
        variancePercent = workbook.createCellStyle();
        variancePercent.setDataFormat(formats.getFormat("0.00%;[Red]-0.00%"));
        percentagePoints = workbook.createCellStyle();
        percentagePoints.setDataFormat(formats.getFormat("+0.00\" pp\";[Red]-0.00\" pp\";0.00\" pp\""));
        integer = workbook.createCellStyle();
        integer.setDataFormat(formats.getFormat("#,##0"));
        integer.setAlignment(HorizontalAlignment.RIGHT);
        // an explicit body font on every data style: LibreOffice otherwise draws cells on the workbook's
        // default font in its own default face, wider than Calibri, so columns cut and pages differ
        XSSFFont body = workbook.createFont();
        body.setFontName("Calibri");
        body.setFontHeightInPoints((short) 11);
        for (XSSFCellStyle style : List.of(text, inputText, padded, paddedInput, wrappedInput, paddedWrappedInput, money, ratio, variancePercent,
                percentagePoints, integer)) {
            style.setFont(body);
        }
    }

    private void build() {
        XSSFSheet summary = sheet("Summary", "Quarterly revenue report", null);
        // rows a point closer than Excel's 15 for 11 pt text: the page a controller forwards has to hold them all
        summary.setDefaultRowHeightInPoints(13.75f);
        named("ReportPeriod", summary, 0, 4, "FYyyyy-Qn \u00b7 months \u00b7 currency", subtitle);
        // the segments across the page; under them the exceptions, the chart and the notes on the left and
        // tblSummary on the right, in the columns of tblSegments' Status and Top client. Narrow minimum
        // widths: the three tables share columns, and each widens its own to its values
        put(summary, 1, 0, "Segments this quarter, {currency}: growth as in Growth, reconciliation as in "
                + "Reconciliation (quarter rows), concentration as in Concentration", caption);
        table(summary, 2, 0, SegmentsTable.TABLE, SegmentsTable.HEADERS,
                List.of(inputText, money, ratio, ratio, money, money, money, padded, inputText, ratio, integer, padded),
                new int[] { 20, 12, 7, 7, 12, 12, 12, 12, 20, 10, 6, 9 });
        wrapHeaders(summary, 2);
        statusColours(summary, "H4", "$H4");
        breakMarked(summary, "G4", "$H4");
        negative(summary, "C4:D4");
        quarterRows(summary, "A4:L4", "$A4=\"All segments\"");
        put(summary, 5, 0, "Exceptions", caption);
        table(summary, 6, 0, ExceptionsTable.TABLE, ExceptionsTable.HEADERS,
                List.of(inputText, text, text, ratio, money, money, padded), new int[] { 20, 12, 7, 7, 12, 12, 12 });
        statusColours(summary, "B8", "$B8");
        explanationColours(summary, "G8", "$G8");
        wrapHeaders(summary, 6);
                table(summary, 5, 7, SummarySheet.TABLE, SummarySheet.HEADERS, List.of(padded, text), new int[] { 20, 20 });
        String[] cover = {
            "How to read this report",
            "Money is in {currency}, rounded to cents; ratios are percentages; share changes are percentage points (pp).",
            "A QTD report compares the same first months of earlier quarters.",
            "Reconciliation: billed revenue (the billing exports, as in Total revenue) against revenue booked in the "
                + "ledger.",
            "Concentration: client shares, HHI and major customers (share of {major-customer-threshold} or more).",
            "Growth: QoQ, YoY, run-rate (the newest month x 12), new and churned clients, NRR and GRR.",
            "Clients: every client and segment; Rejects: billing rows not accepted; Run: the audit trail.",
        };
        // under the chart (rows 10 to 24), which the code moves down with the exceptions
        for (int i = 0; i < cover.length; i++) {
            put(summary, 26 + i, 0, cover[i], i == 0 ? subtitle : note);
        }

        XSSFSheet changes = sheet("Changes", "Versions and changes of {quarter}", "A publication whose figures differ "
                + "from the one before is the next version; a sign-off names the version its reviewer checked.");
        put(changes, 2, 0, "Versions, newest first (times in UTC)", caption);
        table(changes, 3, 0, ChangesSheet.VERSIONS_TABLE, ChangesSheet.VERSIONS_HEADERS,
                List.of(integer, padded, inputText, text, inputText), new int[] { 9, 22, 24, 24, 50 });
        put(changes, 6, 0, "What changed since the previous version, and why", caption);
        put(changes, 7, 0, "Version 1 is the first published version: there is no earlier version to compare it with.",
                note);
        table(changes, 8, 0, ChangesSheet.CHANGES_TABLE, ChangesSheet.CHANGES_HEADERS,
                List.of(text, inputText, text, money, money, money, paddedWrappedInput),
                new int[] { 16, 24, 12, 16, 16, 16, 60 });

        XSSFSheet reconciliation = sheet("Reconciliation", "Reconciliation: billing against the general ledger, "
                + "{currency}", "Variance = billed - ledger; a segment's quarter row has the quarter label as its month.");
        put(reconciliation, 2, 0, "MATCHED: |variance| below 0.01. WITHIN_TOLERANCE: |variance| at most the larger "
                + "of {abs-tolerance} and {rel-tolerance} of |ledger|.", note);
        put(reconciliation, 3, 0, "BREAK: beyond that tolerance, whatever its sign. MISSING_LEDGER, MISSING_BILLING: "
                + "one side has no figure.", note);
        table(reconciliation, 4, 0, ReconciliationSheet.TABLE, ReconciliationSheet.HEADERS,
                List.of(inputText, text, money, money, money, variancePercent, padded, padded, wrappedInput, inputText,
                        money),
                new int[] { 28, 12, 18, 18, 16, 12, 23, 14, 40, 14, 14 });
        // the first rule added wins where two colour one cell: statuses before quarter rows
        statusColours(reconciliation, "G6", "$G6");
        breakMarked(reconciliation, "E6", "$G6");
        explanationColours(reconciliation, "H6", "$H6");
        quarterRows(reconciliation, "A6:K6", "LEFT($B6,2)=\"FY\"");

        XSSFSheet concentration = sheet("Concentration", "Revenue concentration, {currency}",
                // one line on the printed page: a sub-title runs on over empty cells only as far as the print area
                "Clients with positive revenue only: one whose credits outweigh its billing is left out, so Revenue "
                        + "can be above Growth's and the Summary's. The change of share is in pp against the prior quarter.");
        put(concentration, 2, 0, "Major customer: share of {major-customer-threshold} or more. In the All segments "
                + "scope this is the ASC 280 / IFRS 8 major-customer test; in a segment scope it is only a "
                + "segment-level concentration signal.", note);
        table(concentration, 4, 0, ConcentrationSheet.SUMMARY_TABLE, ConcentrationSheet.SUMMARY_HEADERS,
                List.of(inputText, integer, money, ratio, ratio, ratio, integer, padded),
                new int[] { 26, 9, 16, 30, 18, 13, 19, 17 });
        topClientsChart(concentration);
        put(concentration, 29, 0, "Every client of every scope, All segments first", caption);
        table(concentration, 30, 0, ConcentrationSheet.TABLE, ConcentrationSheet.HEADERS,
                List.of(inputText, integer, paddedInput, inputText, money, ratio, ratio, padded, percentagePoints),
                new int[] { 26, 9, 16, 30, 18, 13, 19, 17, 15 });
        majorCustomers(concentration, "A32:I32", "$H32");

        XSSFSheet growth = sheet("Growth", "Growth, {currency}", "QoQ and YoY are blank when the earlier quarter's "
                + "revenue is zero or below; NRR and GRR use the clients of the prior-year quarter.");
        put(growth, 2, 0, "Run-rate: revenue of the newest month in range x 12, annualised.", note);
        put(growth, 3, 0, "Constant currency: each month's amounts at the rates of the same month of the quarter "
                + "compared with; FX effect = reported growth - constant-currency growth, in pp.", note);
        table(growth, 4, 0, GrowthSheet.TABLE, GrowthSheet.HEADERS,
                List.of(inputText, money, money, ratio, money, ratio, money, integer, integer, ratio, ratio, ratio, ratio,
                        percentagePoints, percentagePoints),
                new int[] { 26, 18, 18, 9, 21, 9, 18, 14, 18, 9, 9, 12, 12, 10, 10 });
        wrapHeaders(growth, 4);
        negative(growth, "D6", "F6", "L6", "M6");
        monthlyChart(growth);
        put(growth, 29, 0, "Monthly revenue, the 12 months to {last-month}, {currency}", caption);
        table(growth, 30, 0, GrowthSheet.MONTHLY_TABLE, GrowthSheet.MONTHLY_HEADERS,
                List.of(inputText, text, money), new int[] { 26, 18, 18 });

        XSSFSheet clients = sheet("Clients", "Clients, {currency}", null);
        named("ClientsMonths", clients, 1, 0, "Month 1 = first month of the quarter", subtitle);
        table(clients, 3, 0, ClientsSheet.TABLE, ClientsSheet.HEADERS,
                List.of(inputText, inputText, inputText, money, money, money, money, money, ratio, money, ratio),
                new int[] { 12, 28, 18, 14, 14, 14, 15, 15, 9, 18, 9 });
        negative(clients, "I5", "K5");

        XSSFSheet rejects = sheet("Rejects", "Rejected billing rows",
                "Every row not accepted, with the raw record as it stood in the file.");
        table(rejects, 3, 0, RejectsSheet.TABLE, RejectsSheet.HEADERS,
                List.of(inputText, integer, padded, wrappedInput, wrappedInput, money, paddedInput),
                new int[] { 26, 8, 20, 40, 60, 14, 10 });

        XSSFSheet run = sheet("Run", "Run", "Which run wrote this workbook, from which files, with which settings.");
        table(run, 3, 0, RunSheet.TABLE, RunSheet.HEADERS,
                List.of(text, inputText, text, text, integer, integer, integer, integer, padded),
                new int[] { 24, 30, 9, 66, 9, 10, 10, 10, 12 });
        segmentsChart(summary); // after Growth, whose tblMonthly it reads
    }

    /**
     * Headers on two lines where a column's figures are narrower than its name ("Top client share"): the
     * Summary's page is as wide as its widest row of columns.
     */
    private void wrapHeaders(XSSFSheet sheet, int row) {
        for (var cell : sheet.getRow(row)) {
            XSSFCellStyle wrapped = workbook.createCellStyle();
            wrapped.cloneStyleFrom(cell.getCellStyle());
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.BOTTOM);
            cell.setCellStyle(wrapped);
        }
    }

    /** Status colours that follow the value, so they survive sorting and filtering. */
    private void statusColours(XSSFSheet sheet, String range, String status) {
        conditional(sheet, range, status + "=\"BREAK\"", RED_FILL, DARK_RED, true);
        conditional(sheet, range, "LEFT(" + status + ",7)=\"MISSING\"", ORANGE_FILL, DARK_RED, true);
        conditional(sheet, range, status + "=\"WITHIN_TOLERANCE\"", YELLOW_FILL, null, false);
    }

    /** A finding nobody explained stands out; an explanation written for another variance is flagged. */
    private void explanationColours(XSSFSheet sheet, String range, String status) {
        conditional(sheet, range, status + "=\"UNEXPLAINED\"", RED_FILL, DARK_RED, true);
        conditional(sheet, range, status + "=\"STALE\"", ORANGE_FILL, DARK_RED, true);
    }

    /** A break is marked whatever the sign of its variance (the number format only reddens negatives). */
    private void breakMarked(XSSFSheet sheet, String range, String status) {
        conditional(sheet, range, status + "=\"BREAK\"", RED_FILL, DARK_RED, true);
        conditional(sheet, range, "LEFT(" + status + ",7)=\"MISSING\"", ORANGE_FILL, DARK_RED, true);
    }

    /** Totals (a segment's quarter, All segments) set apart from the rows they sum. */
    private void quarterRows(XSSFSheet sheet, String range, String isTotal) {
        conditional(sheet, range, isTotal, GREY_FILL, null, true);
    }

    private void majorCustomers(XSSFSheet sheet, String range, String flag) {
        conditional(sheet, range, flag + "=\"Yes\"", BLUE_FILL, null, true);
    }

    private void negative(XSSFSheet sheet, String... ranges) {
        for (String range : ranges) {
            String first = range.split(":")[0];
            conditional(sheet, range, "AND(ISNUMBER(" + first + ")," + first + "<0)", RED_FILL, DARK_RED, false);
        }
    }

    private void conditional(XSSFSheet sheet, String range, String formula, byte[] fill, byte[] font, boolean bold) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
        if (fill != null) {
            rule.createPatternFormatting().setFillBackgroundColor(new XSSFColor(fill, null));
        }
        if (font != null || bold) {
            XSSFFontFormatting f = rule.createFontFormatting();
            f.setFontStyle(false, bold);
            if (font != null) {
                f.setFontColor(new XSSFColor(font, null));
            }
        }
        formatting.addConditionalFormatting(new CellRangeAddress[] { CellRangeAddress.valueOf(range) }, rule);
    }

    private XSSFSheet sheet(String name, String heading, String description) {
        XSSFSheet sheet = workbook.createSheet(name);
        // the paper and orientation are the template's; the code fits each sheet to the page width
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setMargin(PageMargin.LEFT, 0.2);
        sheet.setMargin(PageMargin.RIGHT, 0.2);
        sheet.setMargin(PageMargin.TOP, 0.4);
        sheet.setMargin(PageMargin.HEADER, 0.2);
        sheet.setMargin(PageMargin.BOTTOM, 0.5);
        sheet.setMargin(PageMargin.FOOTER, 0.2);
        sheet.getFooter().setLeft("Quarterly revenue report {quarter}");
        sheet.getFooter().setCenter("&A");
        sheet.getFooter().setRight("page &P of &N");
        put(sheet, 0, 0, heading, title);
        sheet.getRow(0).setHeightInPoints(21); // room for the 16 pt title, and no more: the Summary page is tight
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

    /** Numbers and right-aligned text: any style with a number format or an explicit right alignment. */
    private static boolean numeric(XSSFCellStyle style) {
        return style.getAlignment() == HorizontalAlignment.RIGHT
                || style.getDataFormat() != 0 && !"@".equals(style.getDataFormatString());
    }

    /** A table with its header and one blank prototype row whose cell styles the code copies. */
    private void table(XSSFSheet sheet, int headerRow, int firstCol, String name, List<String> headers,
            List<XSSFCellStyle> styles, int[] widths) {
        XSSFRow head = sheet.getRow(headerRow) == null ? sheet.createRow(headerRow) : sheet.getRow(headerRow);
        XSSFRow proto = sheet.getRow(headerRow + 1) == null ? sheet.createRow(headerRow + 1)
                : sheet.getRow(headerRow + 1);
        for (int i = 0; i < headers.size(); i++) {
            head.createCell(firstCol + i).setCellValue(headers.get(i));
            head.getCell(firstCol + i).setCellStyle(numeric(styles.get(i)) ? numericHeader
                    : styles.get(i).getIndention() > 0 ? paddedHeader : header);
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
        // under tblConcentrationSummary, above tblConcentration (the code keeps it between them)
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 7, 6, 27);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Top 10 clients by share of {quarter} revenue (All segments)");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis clients = chart.createCategoryAxis(AxisPosition.LEFT);
        clients.setOrientation(AxisOrientation.MAX_MIN); // rank 1 at the top
        XDDFValueAxis shares = chart.createValueAxis(AxisPosition.BOTTOM);
        shares.setCrosses(AxisCrosses.AUTO_ZERO);
        shares.setNumberFormat("0%");
        shares.setTitle("Share of All segments revenue");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, clients, shares);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(31, 31, 3, 3)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(31, 31, 5, 5)));
        series.setTitle("Share", null);
        chart.plot(data);
        // an explicit colour: LibreOffice draws nothing for a series left on automatic fill
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(TEAL)));
    }

    private void monthlyChart(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // under tblGrowth, above tblMonthly (the code keeps it between them)
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 7, 7, 27);
        XSSFChart chart = drawing.createChart(anchor);
        XDDFLineChartData data = line(chart, "Monthly revenue, the 12 months to {last-month} (All segments)");
        series(chart, data, sheet, new CellRangeAddress(31, 31, 1, 1), new CellRangeAddress(31, 31, 2, 2), NAVY,
                "All segments");
    }

    /**
     * Under tblExceptions, beside tblSummary: one line per segment, from tblMonthly on Growth. Its series are the styles of
     * the segments' lines in name order; the code drops those it does not need and reuses them in turn
     * when there are more segments.
     */
    private void segmentsChart(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 9, 7, 25);
        XSSFSheet growth = workbook.getSheet("Growth");
        XSSFChart chart = drawing.createChart(anchor);
        XDDFLineChartData data = line(chart, "Monthly revenue by segment, the 12 months to {last-month}");
        for (byte[] colour : SERIES_COLOURS) {
            series(chart, data, growth, new CellRangeAddress(31, 31, 1, 1), new CellRangeAddress(31, 31, 2, 2), colour,
                    "Segment");
        }
    }

    private static XDDFLineChartData line(XSSFChart chart, String title) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis revenue = chart.createValueAxis(AxisPosition.LEFT);
        revenue.setCrosses(AxisCrosses.AUTO_ZERO);
        revenue.setNumberFormat("#,##0,,");
        revenue.setTitle("Revenue, {currency} millions");
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, revenue);
        data.setVaryColors(false);
        return data;
    }

    private static void series(XSSFChart chart, XDDFLineChartData data, XSSFSheet dataSheet, CellRangeAddress categories,
            CellRangeAddress values, byte[] colour, String title) {
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(dataSheet, categories),
                XDDFDataSourcesFactory.fromNumericCellRange(dataSheet, values));
        series.setTitle(title, null);
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        chart.plot(data);
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        line.setWidth(2.25);
        series.setLineProperties(line);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
