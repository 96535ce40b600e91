package com.revreport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.analysis.ClientRevenue;
import com.revreport.analysis.ClientShare;
import com.revreport.analysis.ConcentrationLevel;
import com.revreport.analysis.ConcentrationScope;
import com.revreport.analysis.QuarterFigures;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;

/**
 * Excel refuses a cell of more than 32,767 characters: a rejected row or a name longer than that
 * shows its first 32,000 characters and says how many more there are, in the rows kept in memory
 * and in the streamed ones alike.
 */
class LongTextCellsTests {

    /** Twelve clients: past the ten rows of tblConcentration the chart keeps in memory. */
    private static final int CLIENTS = 12;

    /** 100,000 characters: 32,000 shown, 100,000 - 32,000 = 68,000 cut. */
    private static final String LONG_NAME = text("Longname & Sons ", 100_000);

    private static final String LONG_RECORD = text("L9,2024-07,C9,X,AI,USAGE,", 100_000);

    private static final String CUT_68_000 = "\u2026 [68,000 more characters not shown]";

    @TempDir
    Path out;

    @Test
    void aRejectedRowOfAHundredThousandCharactersShowsItsFirst32000AndHowManyWereCut() throws Exception {
        try (XSSFWorkbook wb = publish()) {
            // row 0 is the template's prototype row, kept in memory; row 1 was streamed
            for (int row : new int[] { 0, 1 }) {
                Cell record = WorkbookValuesTests.cell(wb, "tblRejects", row, "Record");
                assertCut(record, LONG_RECORD);
            }
            // a short record in the same table is written whole
            assertThat(WorkbookValuesTests.cell(wb, "tblRejects", 2, "Record").getStringCellValue())
                    .isEqualTo("L3,2024-07,C3,Y,AI,USAGE,abc,USD");
        }
    }

    @Test
    void aVeryLongClientNameIsCutTheSameWayInEverySheet() throws Exception {
        try (XSSFWorkbook wb = publish()) {
            // client C0 sits in the rows kept in memory, client C11 in the streamed ones
            for (String client : new String[] { "C0", "C" + (CLIENTS - 1) }) {
                for (String table : new String[] { "tblClients", "tblConcentration" }) {
                    assertCut(WorkbookValuesTests.cell(wb, table, rowOf(wb, table, client), "Client"), LONG_NAME);
                }
            }
            assertCut(WorkbookValuesTests.summary(wb).get("Top client (All segments)"), LONG_NAME);
            assertThat(WorkbookValuesTests.cell(wb, "tblClients", rowOf(wb, "tblClients", "C1"), "Client")
                    .getStringCellValue()).isEqualTo("Client 1");
        }
    }

    /** The data row of a client: Clients is ordered by revenue, and every client here has the same. */
    private static int rowOf(XSSFWorkbook wb, String table, String clientId) {
        for (int row = 0; row < CLIENTS; row++) {
            if (WorkbookValuesTests.cell(wb, table, row, "Client ID").getStringCellValue().equals(clientId)) {
                return row;
            }
        }
        throw new AssertionError(clientId + " is not in " + table);
    }

    private XSSFWorkbook publish() throws Exception {
        return ReportFixtures.open(new WorkbookPublisher(ReportFixtures.TEMPLATE).publish(content(), out));
    }

    private static void assertCut(Cell cell, String original) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        String shown = cell.getStringCellValue();
        assertThat(shown).hasSize(32_000 + CUT_68_000.length()).startsWith(original.substring(0, 32_000))
                .endsWith(CUT_68_000);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }

    private static String text(String start, int length) {
        StringBuilder text = new StringBuilder(start);
        while (text.length() < length) {
            text.append((char) ('a' + text.length() % 26));
        }
        return text.toString();
    }

    /** The fixture's figures with twelve All segments clients, the first and the last named at length. */
    private static ReportContent content() {
        ReportContent base = ReportFixtures.complete();
        BigDecimal money = new BigDecimal("10.00");
        BigDecimal share = new BigDecimal("0.08");
        List<ClientRevenue> clients = new ArrayList<>();
        List<ClientShare> shares = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String name = i == 0 || i == CLIENTS - 1 ? LONG_NAME : "Client " + i;
            clients.add(new ClientRevenue("C" + i, name, ReportFixtures.AOAI, List.of(money, money, money), money,
                    null, null, null, null));
            shares.add(new ClientShare(i + 1, "C" + i, name, money, share, share, false, null));
        }
        List<Reject> rejects = List.of(
                new Reject(ReportFixtures.JULY_2024, "billing-2024-07.csv", 9, RejectReason.MALFORMED_ROW, "expected 8 fields", LONG_RECORD),
                new Reject(ReportFixtures.JULY_2024, "billing-2024-07.csv", 10, RejectReason.MALFORMED_ROW, "expected 8 fields", LONG_RECORD),
                new Reject(ReportFixtures.JULY_2024, "billing-2024-07.csv", 3, RejectReason.INVALID_AMOUNT, "amount 'abc'",
                        "L3,2024-07,C3,Y,AI,USAGE,abc,USD"));
        QuarterFigures f = base.figures();
        List<ConcentrationScope> scopes = List.of(new ConcentrationScope(QuarterFigures.ALL_SEGMENTS, shares,
                money, share, share, share, BigDecimal.ONE, ConcentrationLevel.LOW));
        return new ReportContent(new QuarterFigures(f.period(), f.reportingCurrency(), f.reconciliation(), scopes,
                f.growth(), f.monthly(), clients), rejects, base.audit());
    }
}
