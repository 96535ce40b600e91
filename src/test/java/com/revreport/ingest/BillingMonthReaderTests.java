package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.revreport.model.ChargeTotal;
import com.revreport.model.FileCounts;
import com.revreport.model.MonthLoad;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;
import com.revreport.model.ChargeType;
import com.revreport.model.InputFile;
import com.revreport.model.InputException;

class BillingMonthReaderTests {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);

    private static final String HEADER = "line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency\n";

    /** Money compares by value: 125.5 and 125.500000 are the same amount. */
    private static final RecursiveComparisonConfiguration AMOUNTS_BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();

    @TempDir
    Path dir;

    private final BillingMonthReader reader = new BillingMonthReader(BigDecimal.ONE);

    @Test
    void aRejectKeepsTheRowsClientAmountAndCurrencyWhereTheRowHasThem() throws IOException {
        InputFile file = write("billing-2024-03.csv", HEADER
                + "L1,2024-03,C1,Acme,AI,USAGE,100.00,USD\n"
                + "L2,2024-03,C2,Beta,AI,USAGE,5\n"                          // line 3: 7 fields
                + "L3,2024-03,,Gamma,AI,USAGE,5,EUR\n"                       // line 4: blank client_id
                + "L6,2024-03,C6,Zeta,AI,USAGE,\" 1,000.00\",USD\n"         // line 5: thousands separator
                + "L7,2024-03,C7,Eta,AI,USAGE,-12.345,GBP\n");              // line 6: usage below zero

        MonthLoad load = reader.read(MARCH, List.of(file));

        assertThat(load.rejects()).extracting(Reject::month, Reject::line, Reject::clientId, Reject::amount,
                Reject::currency).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MARCH, 3L, null, null, null),
                org.assertj.core.groups.Tuple.tuple(MARCH, 4L, null, new BigDecimal("5.000000"), "EUR"),
                // the separator makes the amount unreadable: no number, the record keeps it as written
                org.assertj.core.groups.Tuple.tuple(MARCH, 5L, "C6", null, "USD"),
                org.assertj.core.groups.Tuple.tuple(MARCH, 6L, "C7", new BigDecimal("-12.345000"), "GBP"));
    }

    @Test
    void rejectsEveryReasonWithItsPhysicalLineEvenAfterAFieldSpanningTwoLines() throws IOException {
        InputFile file = write("billing-2024-03.csv", HEADER
                + "L1,2024-03,C1,\"Acme\nHoldings\",AI,USAGE,100.00,USD\n"   // lines 2-3: accepted, name spans a line
                + "L2,2024-03,C2,Beta,AI,USAGE,5\n"                          // line 4: 7 fields
                + "L3,2024-03,,Gamma,AI,USAGE,5,USD\n"                       // line 5: blank client_id
                + "L4,2024-3,C4,Delta,AI,USAGE,5,USD\n"                      // line 6
                + "L5,2024-02,C5,Eps,AI,USAGE,5,USD\n"                       // line 7
                + "L6,2024-03,C6,Zeta,AI,USAGE,\"1,000.00\",USD\n"           // line 8: thousands separator
                + "L7,2024-03,C7,Eta,AI,REFUND,5,USD\n"                      // line 9
                + "L8,2024-03,C8,Theta,AI,USAGE,-5,USD\n"                    // line 10: negative usage
                + "L9,2024-03,C9,Iota,AI,CREDIT,5,USD\n"                     // line 11: positive credit
                + "L10,2024-03,C10,Kappa,AI,USAGE,5,XXY\n"                   // line 12
                + "L1,2024-03,C1,Acme,AI,USAGE,7,USD\n"                      // line 13: line_id of line 2
                + "L11,2024-03,C11,\"Lambda,AI,USAGE,5,USD\n");              // line 14: quote never closed

        MonthLoad load = reader.read(MARCH, List.of(file));

        assertThat(load.rejects()).extracting(Reject::line, Reject::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, RejectReason.MALFORMED_ROW),
                org.assertj.core.groups.Tuple.tuple(5L, RejectReason.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple(6L, RejectReason.INVALID_MONTH),
                org.assertj.core.groups.Tuple.tuple(7L, RejectReason.MONTH_MISMATCH),
                org.assertj.core.groups.Tuple.tuple(8L, RejectReason.INVALID_AMOUNT),
                org.assertj.core.groups.Tuple.tuple(9L, RejectReason.INVALID_CHARGE_TYPE),
                org.assertj.core.groups.Tuple.tuple(10L, RejectReason.SIGN_MISMATCH),
                org.assertj.core.groups.Tuple.tuple(11L, RejectReason.SIGN_MISMATCH),
                org.assertj.core.groups.Tuple.tuple(12L, RejectReason.UNKNOWN_CURRENCY),
                org.assertj.core.groups.Tuple.tuple(13L, RejectReason.DUPLICATE_LINE),
                org.assertj.core.groups.Tuple.tuple(14L, RejectReason.MALFORMED_ROW));
        assertThat(load.rejects()).allSatisfy(r -> {
            assertThat(r.file()).isEqualTo("billing/billing-2024-03.csv");
            assertThat(r.message()).isNotBlank();
        });
        assertThat(load.rejects().get(4).record()).isEqualTo("L6,2024-03,C6,Zeta,AI,USAGE,\"1,000.00\",USD");
        // 12 records: 1 accepted (L1 at lines 2-3) + 11 rejected
        assertThat(load.files()).singleElement().satisfies(counts -> {
            assertThat(counts.read()).isEqualTo(12);
            assertThat(counts.accepted()).isEqualTo(1);
            assertThat(counts.rejected()).isEqualTo(11);
        });
        assertThat(load.clientNames()).containsEntry("C1", "Acme\nHoldings");
        assertThat(load.totals()).singleElement().satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("100.00"));
    }

    @Test
    void rejectsTheFirstReasonThatAppliesInTheSpecsOrder() throws IOException {
        // blank client and bad month and bad amount: MISSING_FIELD comes first;
        // bad amount and bad charge type: INVALID_AMOUNT comes first;
        // negative usage in an unknown currency: SIGN_MISMATCH comes first
        InputFile file = write("billing-2024-03.csv", HEADER
                + "L1,20x4-03,,Acme,AI,USAGE,abc,USD\n"
                + "L2,2024-03,C2,Beta,AI,REFUND,abc,USD\n"
                + "L3,2024-03,C3,Gamma,AI,USAGE,-1,XXY\n");

        MonthLoad load = reader.read(MARCH, List.of(file));

        assertThat(load.rejects()).extracting(Reject::reason).containsExactly(RejectReason.MISSING_FIELD,
                RejectReason.INVALID_AMOUNT, RejectReason.SIGN_MISMATCH);
    }

    @Test
    void readsAFileWithByteOrderMarkAndCrlfLineEnds() throws IOException {
        String crlf = ("\uFEFF" + HEADER + "L1,2024-03,C1,Acme,AI,USAGE,10.25,USD\n"
                + "L2,2024-03,C1,\"Acme\nCorp\",AI,ADJUSTMENT,-0.25,USD\n").replace("\n", "\r\n");
        InputFile file = write("billing-2024-03.csv", crlf);

        MonthLoad load = reader.read(MARCH, List.of(file));

        assertThat(load.rejects()).isEmpty();
        // 10.25 + (-0.25) over two charge types
        assertThat(load.totals()).extracting(ChargeTotal::amount).map(a -> a.stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("10.25", "-0.25");
        assertThat(load.clientNames()).containsEntry("C1", "Acme\nCorp");
    }

    @Test
    void matchesHeadersInAnyCaseAndOrderAndIgnoresExtraColumns() throws IOException {
        InputFile file = write("billing-2024-03.csv",
                " Currency ,AMOUNT,Charge_Type,note,SEGMENT,Client_Name,CLIENT_ID,Billing_Month,Line_ID\n"
                        + "EUR,12.5,usage,free text,AI,Acme,C1,2024-03,L1\n");

        MonthLoad load = reader.read(MARCH, List.of(file));

        assertThat(load.totals()).usingRecursiveFieldByFieldElementComparator(AMOUNTS_BY_VALUE).containsExactly(
                new ChargeTotal("C1", "AI", ChargeType.USAGE, "EUR", new BigDecimal("12.5")));
    }

    @Test
    void sumsAMonthSplitOverTwoFilesAndKeepsTheFirstOccurrenceOfALineId() throws IOException {
        InputFile first = write("billing-2024-03.csv", HEADER
                + "L1,2024-03,C1,Acme,AI,USAGE,100,USD\n"
                + "L2,2024-03,C2,Beta,AI,USAGE,50,USD\n");
        InputFile second = write("billing-2024-03-part2.csv", HEADER
                + "L3,2024-03,C1,Acme Inc,AI,USAGE,25.5,USD\n"
                + "L1,2024-03,C1,Acme Inc,AI,USAGE,999,USD\n");

        // listed out of order on purpose: the reader reads a month's files in name order
        MonthLoad load = reader.read(MARCH, List.of(second, first));

        // C1: 100 (L1 of the first file) + 25.5 (L3); the second L1 is the duplicate
        assertThat(load.totals()).usingRecursiveFieldByFieldElementComparator(AMOUNTS_BY_VALUE).containsExactlyInAnyOrder(
                new ChargeTotal("C1", "AI", ChargeType.USAGE, "USD", new BigDecimal("125.5")),
                new ChargeTotal("C2", "AI", ChargeType.USAGE, "USD", new BigDecimal("50")));
        assertThat(load.rejects()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("billing/billing-2024-03-part2.csv");
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo(RejectReason.DUPLICATE_LINE);
        });
        assertThat(load.clientNames()).containsEntry("C1", "Acme Inc");
        assertThat(load.files()).extracting(FileCounts::read, FileCounts::accepted, FileCounts::rejected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 2L, 0L),
                        org.assertj.core.groups.Tuple.tuple(2L, 1L, 1L));
    }

    @Test
    void failsAFileWithMoreRejectsThanTheRatioAllows() throws IOException {
        StringBuilder rows = new StringBuilder(HEADER);
        for (int i = 1; i <= 19; i++) {
            rows.append("L").append(i).append(",2024-03,C1,Acme,AI,USAGE,1,USD\n");
        }
        rows.append("L20,2024-03,C1,Acme,AI,USAGE,-1,USD\n");
        InputFile oneIn20 = write("billing-2024-03.csv", rows.toString());
        // 1 of 20 = 5%: not more than the default 5%, accepted
        assertThat(new BillingMonthReader(new BigDecimal("0.05")).read(MARCH, List.of(oneIn20)).rowsRejected())
                .isEqualTo(1);

        rows.append("L21,2024-03,C1,Acme,AI,USAGE,-1,USD\n");
        InputFile twoIn21 = write("billing-2024-03.csv", rows.toString());
        // 2 of 21 = 9.5% > 5%
        assertThatThrownBy(() -> new BillingMonthReader(new BigDecimal("0.05")).read(MARCH, List.of(twoIn21)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("billing/billing-2024-03.csv")
                .hasMessageContaining("2 of 21 rows rejected (9.5%)")
                .hasMessageContaining("max-reject-ratio 0.05");
    }

    @Test
    void failsAFileWithoutARequiredColumnNamingTheColumn() throws IOException {
        InputFile file = write("billing-2024-03.csv",
                "line_id,billing_month,client_id,client_name,segment,charge_type,amount\nL1,2024-03,C1,A,AI,USAGE,1\n");

        assertThatThrownBy(() -> reader.read(MARCH, List.of(file))).isInstanceOf(InputException.class)
                .hasMessage("billing/billing-2024-03.csv: required column 'currency' is missing");
    }

    @Test
    void failsAFileWhoseHeaderNamesARequiredColumnTwice() throws IOException {
        InputFile twice = write("billing-2024-03.csv",
                "line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency,amount\n"
                        + "L1,2024-03,C1,A,AI,USAGE,1,USD,1000\n");
        InputFile twoSpellings = write("billing-2024-04.csv",
                "line_id,billing_month,client_id,client_name,segment,charge_type,Amount,currency, AMOUNT \n"
                        + "L1,2024-04,C1,A,AI,USAGE,1,USD,1000\n");

        assertThatThrownBy(() -> reader.read(MARCH, List.of(twice))).isInstanceOf(InputException.class)
                .hasMessage("billing/billing-2024-03.csv: column 'amount' appears twice in the header, "
                        + "as 'amount' (field 7) and 'amount' (field 9); keep one");
        assertThatThrownBy(() -> reader.read(YearMonth.of(2024, 4), List.of(twoSpellings)))
                .isInstanceOf(InputException.class)
                .hasMessage("billing/billing-2024-04.csv: column 'amount' appears twice in the header, "
                        + "as 'Amount' (field 7) and ' AMOUNT ' (field 9); keep one");
    }

    @Test
    void readsAFileWithAnIgnoredColumnNamedTwice() throws IOException {
        InputFile file = write("billing-2024-03.csv", HEADER.strip() + ",note,Note,,\n"
                + "L1,2024-03,C1,A,AI,USAGE,1.5,USD,x,y,,\n");

        assertThat(reader.read(MARCH, List.of(file)).totals()).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("1.5"));
    }

    @Test
    void rejectsAmountsOfMoreThan18DigitsBeforeThePointAndSumsThoseOf18Exactly() throws IOException {
        String digits400 = "1" + "0".repeat(399);
        String nines32 = "9".repeat(32);
        String nines18 = "9".repeat(18);
        InputFile file = write("billing-2024-03.csv", HEADER
                + "L1,2024-03,C1,Acme,AI,USAGE," + digits400 + ",USD\n"               // line 2
                + "L2,2024-03,C2,Beta,AI,USAGE," + nines32 + ",USD\n"                 // line 3
                + "L3,2024-03,C2,Beta,AI,USAGE," + nines32 + ",USD\n"                 // line 4
                + "L4,2024-03,C3,Gamma,AI,USAGE," + nines18 + ".999999,USD\n"         // line 5
                + "L5,2024-03,C3,Gamma,AI,USAGE," + nines18 + ".999999,USD\n"         // line 6
                + "L6,2024-03,C3,Gamma,AI,USAGE,-0" + nines18 + ",USD\n");            // line 7: 19 digits with the 0

        MonthLoad load = reader.read(MARCH, List.of(file));

        assertThat(load.rejects()).extracting(Reject::line, Reject::reason, Reject::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, RejectReason.INVALID_AMOUNT,
                        "amount '" + digits400 + "' has 400 digits before the point, more than 18"),
                org.assertj.core.groups.Tuple.tuple(3L, RejectReason.INVALID_AMOUNT,
                        "amount '" + nines32 + "' has 32 digits before the point, more than 18"),
                org.assertj.core.groups.Tuple.tuple(4L, RejectReason.INVALID_AMOUNT,
                        "amount '" + nines32 + "' has 32 digits before the point, more than 18"),
                org.assertj.core.groups.Tuple.tuple(7L, RejectReason.INVALID_AMOUNT,
                        "amount '-0" + nines18 + "' has 19 digits before the point, more than 18"));
        // 999,999,999,999,999,999.999999 x 2 = 1,999,999,999,999,999,999.999998: 19 digits, exactly
        assertThat(load.totals()).singleElement().satisfies(t -> {
            assertThat(t.clientId()).isEqualTo("C3");
            assertThat(t.amount()).isEqualByComparingTo("1999999999999999999.999998");
        });
        // 6 rows read = 2 accepted + 4 rejected
        assertThat(load.files()).singleElement().extracting(FileCounts::read, FileCounts::accepted, FileCounts::rejected)
                .containsExactly(6L, 2L, 4L);
    }

    @Test
    void ignoresBlankLines() throws IOException {
        InputFile file = write("billing-2024-03.csv", HEADER + "\nL1,2024-03,C1,Acme,AI,USAGE,1,USD\n\n\n"
                + "L2,2024-03,C1,Acme,AI,USAGE,x,USD\n");

        MonthLoad load = reader.read(MARCH, List.of(file));

        assertThat(load.rowsRead()).isEqualTo(2);
        assertThat(load.rejects()).singleElement().extracting(Reject::line).isEqualTo(6L);
    }

    @Test
    void aQuoteThatNeverClosesDoesNotSwallowTheRowsAfterIt() throws IOException {
        InputFile file = write("billing-2024-03.csv", HEADER
                + "L1,2024-03,C1,Acme,AI,USAGE,10,USD\n"
                + "L2,2024-03,C2,\"Beta Corp,AI,USAGE,20,USD\n"      // line 3: the quote never closes
                + "L3,2024-03,C3,Gamma,AI,USAGE,30,USD\n"
                + "L4,2024-03,C4,\"Delta\nHoldings\",AI,USAGE,40,USD\n"); // lines 5-6: a real two-line name

        MonthLoad load = reader.read(MARCH, List.of(file));

        assertThat(load.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_ROW);
            assertThat(r.record()).isEqualTo("L2,2024-03,C2,\"Beta Corp,AI,USAGE,20,USD");
        });
        // 10 + 30 + 40: the rows after the open quote are read as rows
        assertThat(load.totals().stream().map(ChargeTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("80");
        assertThat(load.rowsRead()).isEqualTo(4);
        assertThat(load.clientNames()).containsEntry("C4", "Delta\nHoldings");
    }

    @Test
    void aQuoteThatNeverClosesDoesNotSwallowTheQuotedRowAfterIt() throws IOException {
        InputFile file = write("billing-2024-03.csv", HEADER
                + "L1,2024-03,CL-1,\"Never closed,AI Model Services,USAGE,5,USD\n"                         // line 2
                + "L2,2024-03,CL-2,\"Fjord, Pine & Partners LLC\",AI Model Services,USAGE,100,USD\n"       // line 3
                + "L3,2024-03,CL-3,Gamma,AI Model Services,USAGE,30,USD\n");                               // line 4

        MonthLoad load = reader.read(MARCH, List.of(file));

        assertThat(load.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo(RejectReason.MALFORMED_ROW);
            assertThat(r.record()).isEqualTo("L1,2024-03,CL-1,\"Never closed,AI Model Services,USAGE,5,USD");
        });
        // 3 rows read = 2 accepted (100 + 30) + 1 rejected
        assertThat(load.files()).singleElement().extracting(FileCounts::read, FileCounts::accepted, FileCounts::rejected)
                .containsExactly(3L, 2L, 1L);
        assertThat(load.totals()).extracting(ChargeTotal::clientId, t -> t.amount().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CL-2", "100"),
                        org.assertj.core.groups.Tuple.tuple("CL-3", "30"));
        assertThat(load.clientNames()).containsEntry("CL-2", "Fjord, Pine & Partners LLC");
    }

    @Test
    void readsAFieldSpanningLinesWhoseLinesHoldQuotesAndCommas() throws IOException {
        InputFile file = write("billing-2024-03.csv", HEADER
                // lines 2-4: the name's middle line holds a quoted word and commas, but not the header's 8 fields
                + "L1,2024-03,C1,\"Acme\n\"\"West\"\", Pine, Fir\nHoldings\",AI,USAGE,10,USD\n"
                // lines 5-6: the line that ends the name starts with its closing quote
                + "L2,2024-03,C2,\"Beta,\n\",AI,USAGE,20,USD\n"
                // lines 7-8: the same shape, but the second line alone is a whole row of 8 fields: it is one
                + "L3,2024-03,C3,\"Gamma\n"
                + "L4,2024-03,C4,\"Delta, Inc\",AI,USAGE,40,USD\n");

        MonthLoad load = reader.read(MARCH, List.of(file));

        assertThat(load.clientNames()).containsEntry("C1", "Acme\n\"West\", Pine, Fir\nHoldings")
                .containsEntry("C2", "Beta,").containsEntry("C4", "Delta, Inc"); // values are trimmed
        assertThat(load.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(7);
            assertThat(r.record()).isEqualTo("L3,2024-03,C3,\"Gamma");
        });
        // 4 rows read = 3 accepted (10 + 20 + 40 = 70) + 1 rejected
        assertThat(load.rowsRead()).isEqualTo(4);
        assertThat(load.totals().stream().map(ChargeTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("70");
    }

    @Test
    void rejectsTextAfterAClosingQuoteAndAQuoteInsideAnUnquotedField() throws IOException {
        InputFile file = write("billing-2024-03.csv", HEADER
                + "L1,2024-03,C1,\"Acme\" Inc,AI,USAGE,1000.00,USD\n"  // line 2: text after the closing quote
                + "L2,2024-03,C2,Be\"ta,AI,USAGE,1000.00,USD\n"         // line 3: a quote inside a field
                + "L3,2024-03,C3,Gamma,AI,USAGE,100\",USD\n"            // line 4: not INVALID_AMOUNT: malformed first
                + "L4,2024-03,C4,\"Say \"\"hi\"\"\",AI,USAGE,1000.00,USD\n" // line 5: escaped quotes are fine
                + "L5,2024-03,C5,Eps,AI,USAGE,1000.00,USD\n");

        MonthLoad load = reader.read(MARCH, List.of(file));

        assertThat(load.rejects()).extracting(Reject::line, Reject::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, RejectReason.MALFORMED_ROW),
                org.assertj.core.groups.Tuple.tuple(3L, RejectReason.MALFORMED_ROW),
                org.assertj.core.groups.Tuple.tuple(4L, RejectReason.MALFORMED_ROW));
        assertThat(load.clientNames()).containsEntry("C4", "Say \"hi\"");
        // L4 + L5 = 2,000.00; every row read is counted or rejected
        assertThat(load.totals().stream().map(ChargeTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("2000.00");
        assertThat(load.rowsRead()).isEqualTo(5);
    }

    @Test
    void readsNamesInAnyScriptAndFailsAFileWithAByteThatIsNotUtf8NamingTheLine() throws IOException {
        InputFile valid = write("billing-2024-03.csv", HEADER
                + "L1,2024-03,C1,Société Générale,AI,USAGE,10,USD\n"
                + "L2,2024-03,C2,株式会社テスト,AI,USAGE,5,USD\n");

        assertThat(reader.read(MARCH, List.of(valid)).clientNames()).containsEntry("C1", "Société Générale")
                .containsEntry("C2", "株式会社テスト");

        // line 3 holds Latin-1 "é" (0xE9), which is no UTF-8 at all: the file fails rather than a client
        // getting a replacement character for a name
        byte[] latin1 = (HEADER + "L1,2024-03,C1,Acme,AI,USAGE,10,USD\n"
                + "L2,2024-03,C2,Soci\u00e9t\u00e9,AI,USAGE,5,USD\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("billing/billing-2024-03.csv"), latin1);
        InputFile notUtf8 = new InputFile(dir.resolve("billing/billing-2024-03.csv"), "billing/billing-2024-03.csv",
                "", MARCH);

        assertThatThrownBy(() -> reader.read(MARCH, List.of(notUtf8))).isInstanceOf(InputException.class)
                .hasMessageContaining("billing/billing-2024-03.csv")
                .hasMessageContaining("line 3 is not valid UTF-8");
    }

    private InputFile write(String name, String content) throws IOException {
        Path billing = Files.createDirectories(dir.resolve("billing"));
        Path path = billing.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return new InputFile(path, "billing/" + name, Sha256.of(path), InputScanner.monthOf(name));
    }
}
