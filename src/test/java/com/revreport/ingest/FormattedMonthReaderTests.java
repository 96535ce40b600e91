package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.ingest.format.BillingFormat;
import com.revreport.ingest.format.BillingFormats;
import com.revreport.model.FileCounts;
import com.revreport.model.InputException;
import com.revreport.model.InputFile;
import com.revreport.model.MonthLoad;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;

/** A European ERP's export read under its format: the rows it gets wrong, each with the format's rule. */
class FormattedMonthReaderTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final String FORMAT = """
            billing:
              encoding: windows-1252
              delimiter: ";"
              columns: {line_id: Belegnr, month: Datum, client_id: Kundennr, client_name: Kunde, segment: Sparte,
                        charge_type: Art, amount: Betrag, currency: Währung}
              month-pattern: dd.MM.yyyy
              decimal-separator: ","
              grouping-separator: "."
              negative-in-parentheses: true
              charge-types: {Nutzung: USAGE, Gutschrift: CREDIT, Steuer: EXCLUDED}
            """;

    private static final String HEADER = "Belegnr;Datum;Kundennr;Kunde;Sparte;Art;Betrag;Währung\n";

    private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);

    @TempDir
    Path dir;

    @Test
    void rowsBreakingTheFormatsRulesAreRejectedWithTheRuleInTheirMessage() throws IOException {
        InputFile file = export(HEADER
                + "B1;29.02.2024;K1;Müller;AI;Nutzung;1.234,56;EUR\n"     // line 2: accepted
                + "B2;01.02.2024;K1;Müller;AI;Nutzung;1.234.56;EUR\n"     // line 3: two grouping points, no decimal
                + "B3;02.02.2024;K1;Müller;AI;Rabatt;10,00;EUR\n"         // line 4: not in the charge types
                + "B4;03.02.2024;K1;Müller;AI;Nutzung;(5,00);EUR\n"       // line 5: a usage below zero
                + "B1;04.02.2024;K1;Müller;AI;Nutzung;1,00;EUR\n"         // line 6: B1 again
                + "B6;05.02.2024;K1;Müller;AI;Steuer;(19,00);EUR\n"       // line 7: tax, excluded whatever its sign
                + "B7;31.02.2024;K1;Müller;AI;Nutzung;1,00;EUR\n");       // line 8: no such day

        MonthLoad february = reader().read(FEBRUARY, List.of(file));

        assertThat(february.rejects()).extracting(Reject::line, Reject::reason, Reject::message).containsExactly(
                tuple(3L, RejectReason.INVALID_AMOUNT, "Betrag '1.234.56' does not read as an amount of the format: "
                        + "decimal separator ',', digits grouped in threes by '.', negatives with '-' or in parentheses, "
                        + "at most 18 whole and 12 fraction digits"),
                tuple(4L, RejectReason.INVALID_CHARGE_TYPE, "Art 'Rabatt' is not one of the format's charge types "
                        + "(Gutschrift, Nutzung, Steuer)"),
                tuple(5L, RejectReason.SIGN_MISMATCH, "USAGE amount (5,00) is below zero"),
                tuple(6L, RejectReason.DUPLICATE_LINE, "Belegnr 'B1' already seen in 2024-02; the first occurrence is kept"),
                // 31 February is no date: its month cannot be told, so it goes to the file's earliest month
                tuple(8L, RejectReason.INVALID_MONTH, "Datum '31.02.2024' is not a date of the format's pattern "
                        + "dd.MM.yyyy"));
        // 7 rows: 1 accepted (1,234.56), 1 excluded, 5 rejected
        assertThat(february.files()).extracting(FileCounts::read, FileCounts::accepted, FileCounts::excluded,
                FileCounts::rejected).containsExactly(tuple(7L, 1L, 1L, 5L));
        assertThat(february.totals()).singleElement()
                .satisfies(total -> assertThat(total.amount()).isEqualByComparingTo("1234.56"));
        assertThat(february.clientNames()).containsEntry("K1", "Müller");
    }

    @Test
    void aFileThatDoesNotDecodeInTheDeclaredEncodingFailsNamingTheLine() throws IOException {
        Path path = Files.createDirectories(dir.resolve("billing")).resolve("export.csv");
        // declared windows-1252, but line 3 holds UTF-16 text: 0x81 is no windows-1252 character
        byte[] start = (HEADER + "B1;01.02.2024;K1;Müller;AI;Nutzung;1,00;EUR\n").getBytes(WINDOWS_1252);
        byte[] bad = "B2;01.02.2024;K\u0081;X;AI;Nutzung;1,00;EUR\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] all = new byte[start.length + bad.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(bad, 0, all, start.length, bad.length);
        Files.write(path, all);
        InputFile file = new InputFile(path, "billing/export.csv", Sha256.of(path), null);

        assertThatThrownBy(() -> reader().read(FEBRUARY, List.of(file))).isInstanceOf(InputException.class)
                .hasMessageContaining("billing/export.csv line 3: bytes that are not windows-1252 text");
    }

    @Test
    void withoutACurrencyColumnEveryAmountIsInTheReportingCurrency() throws IOException {
        BillingFormat format = format(FORMAT.replace(", currency: Währung", ""));
        InputFile file = export("Belegnr;Datum;Kundennr;Kunde;Sparte;Art;Betrag\n"
                + "B1;01.02.2024;K1;Müller;AI;Nutzung;2,50\n");

        MonthLoad february = new FormattedMonthReader(format, BigDecimal.ONE, "CHF").read(FEBRUARY, List.of(file));

        assertThat(february.totals()).singleElement().satisfies(total -> assertThat(total.currency()).isEqualTo("CHF"));
    }

    @Test
    void moreRejectsThanTheRatioFailTheFileWithItsFirstReject() throws IOException {
        InputFile file = export(HEADER
                + "B1;01.02.2024;K1;Müller;AI;Nutzung;1,00;EUR\n"
                + "B2;01.02.2024;K1;Müller;AI;Nutzung;1.0.0;EUR\n");

        // 1 of 2 rows rejected is 50%, above a ratio of 0.05
        assertThatThrownBy(() -> new FormattedMonthReader(format(FORMAT), new BigDecimal("0.05"), "USD")
                .read(FEBRUARY, List.of(file))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("billing/export.csv: 1 of 2 rows rejected (50.0%), more than max-reject-ratio "
                        + "0.05; it is almost surely the wrong file. First reject: line 3 INVALID_AMOUNT: ");
    }

    private FormattedMonthReader reader() throws IOException {
        return new FormattedMonthReader(format(FORMAT), BigDecimal.ONE, "USD");
    }

    private BillingFormat format(String text) throws IOException {
        Files.writeString(dir.resolve("erp.yaml"), text);
        return BillingFormats.of("erp.yaml", dir);
    }

    private InputFile export(String content) throws IOException {
        Path path = Files.createDirectories(dir.resolve("billing")).resolve("export.csv");
        Files.write(path, content.getBytes(WINDOWS_1252));
        return new InputFile(path, "billing/export.csv", Sha256.of(path), null);
    }
}
