package com.revreport.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.model.InvalidOptionException;

/**
 * Format files as a finance team writes them, and the mistakes it makes: each refused with one message
 * naming the file and the key, before anything is read.
 */
class FormatFileTests {

    private static final String ERP = """
            billing:
              encoding: windows-1252
              delimiter: ";"
              null-values: ["", "NULL", "-"]
              columns: {month: Leistungsdatum, client_id: Kundennr, segment: Sparte, charge_type: Art, amount: Betrag}
              month-pattern: dd.MM.yyyy
              decimal-separator: ","
              grouping-separator: "."
              negative-in-parentheses: true
              charge-types: {Nutzung: USAGE, Steuer: EXCLUDED}
            """;

    @TempDir
    Path dir;

    @Test
    void aFormatFileIsReadWithEveryKeyItGives() throws IOException {
        BillingFormat format = BillingFormats.of(write("erp.yaml", ERP), dir);

        assertThat(format.name()).isEqualTo("erp.yaml");
        ExportLayout billing = format.billing();
        assertThat(billing.encoding()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(billing.delimiter()).isEqualTo(';');
        assertThat(billing.isNull("-")).isTrue();
        assertThat(billing.column("client_id")).isEqualTo("Kundennr");
        assertThat(billing.matches("Export Juli.CSV")).isTrue(); // the default glob *.csv, in any case
        assertThat(billing.monthPattern().month("29.02.2024")).isEqualTo(YearMonth.of(2024, 2));
        assertThat(billing.amounts().parse("(1.234,50)")).isEqualByComparingTo("-1234.50");
        assertThat(format.chargeTarget("steuer")).isEqualTo(ChargeTarget.EXCLUDED);
        assertThat(format.chargeTarget("Refund")).isNull();
        assertThat(format.checksLineIds()).isFalse();
        assertThat(format.signRules()).isTrue();
    }

    @Test
    void theKeysTheErpExampleLeavesOutAreReadToo() throws IOException {
        BillingFormat format = BillingFormats.of(write("text.yaml", """
                billing:
                  files: "billing-*.txt"
                  encoding: UTF-16
                  delimiter: "\\t"
                  columns: {client_id: Kunde, segment: Sparte, amount: Betrag}
                  grouping-separator: ","
                  currency-symbols: ["$", "€"]
                  sign-rules: false
                  corrections: {column: Klasse, value: Korrektur}
                """), dir);

        ExportLayout billing = format.billing();
        assertThat(billing.delimiter()).isEqualTo('\t');
        assertThat(billing.matches("billing-2024-07.TXT")).isTrue();
        assertThat(billing.matches("billing-2024-07.csv")).isFalse();
        assertThat(billing.amounts().parse("-$1,234.56")).isEqualByComparingTo("-1234.56");
        assertThat(billing.amounts().parse("€ 1,234,567.00")).isEqualByComparingTo("1234567");
        assertThat(billing.amounts().parse("12,34")).isNull(); // a group of two is no grouping
        assertThat(format.signRules()).isFalse();
        assertThat(format.correction()).isEqualTo(new BillingFormat.Correction("Klasse", "Korrektur"));
        assertThat(format.monthsFromColumn()).isFalse(); // no month column: the month is in the file name
        assertThat(format.chargeTarget("usage")).isEqualTo(ChargeTarget.USAGE); // no mapping: the native four
        assertThat(format.chargeTarget("excluded")).isNull();
    }

    @Test
    void theBuiltInFocusFormatReadsAsTheFormatFileTheDocsShow() throws IOException {
        // docs/input-format.md shows the focus format written out: the same text, read as a file
        String docs = Files.readString(Path.of("docs/input-format.md"));
        assertThat(docs).contains(BillingFormats.FOCUS_DEFINITION.strip());
        BillingFormat written = BillingFormats.of(write("focus.yaml", BillingFormats.FOCUS_DEFINITION), dir);
        BillingFormat builtIn = BillingFormats.of("focus", dir);
        assertThat(written.billing()).isEqualTo(builtIn.billing());
        assertThat(written.chargeTypes()).isEqualTo(builtIn.chargeTypes());
        assertThat(written.correction()).isEqualTo(builtIn.correction());
        assertThat(builtIn.billing().monthPattern().month("2024-09-01T00:00:00Z")).isEqualTo(YearMonth.of(2024, 9));
        assertThat(builtIn.billing().monthPattern().month("2024-09-30 23:59:59")).isEqualTo(YearMonth.of(2024, 9));
        assertThat(builtIn.billing().amounts().parse("0.00000080000")).isEqualTo(new BigDecimal("0.00000080000"));
    }

    @Test
    void aMissingFileIsNamedWithWhereItWasLookedFor() {
        assertThatThrownBy(() -> BillingFormats.of("formats/none.yaml", dir)).isInstanceOf(InvalidOptionException.class)
                .hasMessage("--billing-format=formats/none.yaml: not a built-in format (revreport, focus) and no such file "
                        + dir.resolve("formats/none.yaml").toAbsolutePath());
    }

    @Test
    void textThatIsNotYamlIsRefused() throws IOException {
        assertThatThrownBy(() -> BillingFormats.of(write("bad.yaml", "billing: [unclosed\n"), dir))
                .hasMessageStartingWith("--billing-format=bad.yaml: the file is not YAML: ");
    }

    @Test
    void anUnknownKeyIsNamedWithItsPlace() throws IOException {
        assertThatThrownBy(() -> BillingFormats.of(write("typo.yaml", ERP.replace("delimiter:", "delimeter:")), dir))
                .hasMessageStartingWith("--billing-format=typo.yaml: key billing.delimeter is not a key of a format file");
    }

    @Test
    void anUnknownChargeTypeTargetIsRefused() throws IOException {
        assertThatThrownBy(() -> BillingFormats.of(write("target.yaml", ERP.replace("Nutzung: USAGE", "Nutzung: REVENUE")),
                dir)).hasMessage("--billing-format=target.yaml: key billing.charge-types.Nutzung 'REVENUE' is not USAGE, "
                        + "SUBSCRIPTION, CREDIT, ADJUSTMENT or EXCLUDED");
    }

    @Test
    void aPatternJavaTimeRejectsIsRefusedWithItsReason() throws IOException {
        assertThatThrownBy(() -> BillingFormats.of(write("pattern.yaml", ERP.replace("dd.MM.yyyy", "dd.MM.yyyy{")), dir))
                .hasMessageStartingWith("--billing-format=pattern.yaml: key billing.month-pattern ");
        assertThatThrownBy(() -> BillingFormats.of(write("day.yaml", ERP.replace("dd.MM.yyyy", "dd")), dir))
                .hasMessage("--billing-format=day.yaml: key billing.month-pattern 'dd' holds no year and month");
    }

    @Test
    void equalDecimalAndGroupingSeparatorsAreRefused() throws IOException {
        assertThatThrownBy(() -> BillingFormats.of(write("equal.yaml", ERP.replace("grouping-separator: \".\"",
                "grouping-separator: \",\"")), dir))
                .hasMessageStartingWith("--billing-format=equal.yaml: key billing.grouping-separator ',' is the decimal "
                        + "separator too");
    }

    @Test
    void anUnknownCharsetAndAMissingRequiredColumnAreRefused() throws IOException {
        assertThatThrownBy(() -> BillingFormats.of(write("charset.yaml", ERP.replace("windows-1252", "latin-9x")), dir))
                .hasMessageStartingWith("--billing-format=charset.yaml: key billing.encoding 'latin-9x' is not a charset");
        assertThatThrownBy(() -> BillingFormats.of(write("columns.yaml", ERP.replace("segment: Sparte, ", "")), dir))
                .hasMessageStartingWith("--billing-format=columns.yaml: key billing.columns.segment is missing");
    }

    private String write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        return name;
    }
}
