package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finance user restyles a copy of the template, as in Excel; the output follows without a code change. */
class TemplateRestyleTests {

    private static final byte[] ORANGE = { (byte) 0xED, (byte) 0x7D, (byte) 0x31 };

    @TempDir
    Path out;

    @Test
    void aChangedHeaderFillTitleFontAndMoneyFormatShowInTheOutput() throws Exception {
        Path copy = out.resolve("restyled.xlsx");
        try (XSSFWorkbook wb = ReportFixtures.open(ReportFixtures.TEMPLATE)) {
            // header fill of tblClients
            XSSFCell header = headerCell(wb, "tblClients", 0);
            XSSFCellStyle fill = wb.createCellStyle();
            fill.cloneStyleFrom(header.getCellStyle());
            fill.setFillForegroundColor(new XSSFColor(ORANGE, null));
            header.setCellStyle(fill);
            // title font of the Summary
            XSSFCell title = wb.getSheet("Summary").getRow(0).getCell(0);
            XSSFFont font = wb.createFont();
            font.setFontName("Georgia");
            font.setFontHeightInPoints((short) 24);
            XSSFCellStyle titleStyle = wb.createCellStyle();
            titleStyle.cloneStyleFrom(title.getCellStyle());
            titleStyle.setFont(font);
            title.setCellStyle(titleStyle);
            // a currency symbol on tblReconciliation's Billed column (its prototype row)
            XSSFCell billed = prototypeCell(wb, "tblReconciliation", 2);
            XSSFCellStyle euro = wb.createCellStyle();
            euro.cloneStyleFrom(billed.getCellStyle());
            euro.setDataFormat(wb.createDataFormat().getFormat("\"\u20ac\"#,##0.00"));
            billed.setCellStyle(euro);
            try (OutputStream stream = Files.newOutputStream(copy)) {
                wb.write(stream);
            }
        }

        Path file = new WorkbookPublisher(copy).publish(ReportFixtures.complete(), out.resolve("output"));

        try (XSSFWorkbook wb = ReportFixtures.open(file)) {
            XSSFColor headerFill = headerCell(wb, "tblClients", 0).getCellStyle().getFillForegroundColorColor();
            assertThat(headerFill.getRGB()).isEqualTo(ORANGE);
            XSSFFont titleFont = wb.getSheet("Summary").getRow(0).getCell(0).getCellStyle().getFont();
            assertThat(titleFont.getFontName()).isEqualTo("Georgia");
            assertThat(titleFont.getFontHeightInPoints()).isEqualTo((short) 24);
            assertThat(WorkbookValuesTests.cell(wb, "tblReconciliation", 3, "Billed").getCellStyle()
                    .getDataFormatString()).isEqualTo("\"\u20ac\"#,##0.00");
            // the Summary's money borrows the Billed format, so it follows too
            assertThat(WorkbookValuesTests.summary(wb).get("Total revenue (All segments)").getCellStyle()
                    .getDataFormatString()).isEqualTo("\"\u20ac\"#,##0.00");
        }
    }

    @Test
    void aRewordedCaptionWithAPlaceholderAndARecolouredStatusRuleShowInTheOutput() throws Exception {
        Path copy = out.resolve("reworded.xlsx");
        try (XSSFWorkbook wb = ReportFixtures.open(ReportFixtures.TEMPLATE)) {
            XSSFTable segments = WorkbookLayoutTests.table(wb, "tblSegments");
            segments.getXSSFSheet().getRow(segments.getArea().getFirstCell().getRow() - 1).getCell(0)
                    .setCellValue("Segmente, in {currency}");
            var formats = wb.getSheet("Reconciliation").getSheetConditionalFormatting();
            for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
                var format = formats.getConditionalFormattingAt(i);
                if (format.getRule(0).getFormula1().equals("$G6=\"BREAK\"")
                        && format.getFormattingRanges()[0].formatAsString().equals("G6")) {
                    format.getRule(0).getPatternFormatting().setFillBackgroundColor(new XSSFColor(ORANGE, null));
                }
            }
            try (OutputStream stream = Files.newOutputStream(copy)) {
                wb.write(stream);
            }
        }
        Path file = new WorkbookPublisher(copy).publish(ReportFixtures.complete(), out.resolve("output"));
        try (XSSFWorkbook wb = ReportFixtures.open(file)) {
            XSSFTable segments = WorkbookLayoutTests.table(wb, "tblSegments");
            assertThat(segments.getXSSFSheet().getRow(segments.getArea().getFirstCell().getRow() - 1).getCell(0)
                    .getStringCellValue()).isEqualTo("Segmente, in USD");
            var formats = wb.getSheet("Reconciliation").getSheetConditionalFormatting();
            boolean found = false;
            for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
                var format = formats.getConditionalFormattingAt(i);
                if (format.getRule(0).getFormula1().equals("$G6=\"BREAK\"")
                        && format.getFormattingRanges()[0].formatAsString().equals("G6:G11")) {
                    assertThat(((XSSFColor) format.getRule(0).getPatternFormatting().getFillBackgroundColorColor())
                            .getRGB()).isEqualTo(ORANGE);
                    found = true;
                }
            }
            assertThat(found).as("the recoloured rule covers the 6 rows written").isTrue();
        }
    }

    @Test
    void aTableMovedElsewhereInTheTemplateIsStillFilled() throws Exception {
        Path copy = out.resolve("moved.xlsx");
        try (XSSFWorkbook wb = ReportFixtures.open(ReportFixtures.TEMPLATE)) {
            // two more rows above tblRejects, as a user inserting a logo band would
            wb.getSheet("Rejects").shiftRows(0, wb.getSheet("Rejects").getLastRowNum(), 2);
            // POI's shiftRows leaves table areas behind; Excel moves them, so do what Excel does
            XSSFTable table = WorkbookLayoutTests.table(wb, "tblRejects");
            CellReference first = table.getArea().getFirstCell();
            CellReference last = table.getArea().getLastCell();
            table.setArea(new org.apache.poi.ss.util.AreaReference(
                    new CellReference(first.getRow() + 2, first.getCol()),
                    new CellReference(last.getRow() + 2, last.getCol()),
                    org.apache.poi.ss.SpreadsheetVersion.EXCEL2007));
            try (OutputStream stream = Files.newOutputStream(copy)) {
                wb.write(stream);
            }
        }
        Path file = new WorkbookPublisher(copy).publish(ReportFixtures.complete(), out.resolve("output"));
        try (XSSFWorkbook wb = ReportFixtures.open(file)) {
            XSSFTable rejects = WorkbookLayoutTests.table(wb, "tblRejects");
            assertThat(rejects.getArea().getFirstCell().getRow()).isEqualTo(5);
            assertThat(WorkbookValuesTests.cell(wb, "tblRejects", 0, "Line").getNumericCellValue()).isEqualTo(17);
        }
    }

    private static XSSFCell headerCell(XSSFWorkbook wb, String table, int column) {
        CellReference first = WorkbookLayoutTests.table(wb, table).getArea().getFirstCell();
        return WorkbookLayoutTests.table(wb, table).getXSSFSheet().getRow(first.getRow())
                .getCell(first.getCol() + column);
    }

    private static XSSFCell prototypeCell(XSSFWorkbook wb, String table, int column) {
        CellReference first = WorkbookLayoutTests.table(wb, table).getArea().getFirstCell();
        return WorkbookLayoutTests.table(wb, table).getXSSFSheet().getRow(first.getRow() + 1)
                .getCell(first.getCol() + column);
    }
}
