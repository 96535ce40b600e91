package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.ingest.format.BillingFormat;
import com.revreport.ingest.format.BillingFormats;
import com.revreport.model.ChargeTotal;
import com.revreport.model.ChargeType;
import com.revreport.model.FileCounts;
import com.revreport.model.InputException;
import com.revreport.model.InputFile;
import com.revreport.model.MonthLoad;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;

/**
 * A FOCUS cost-and-usage export, built from the FOCUS column definitions with the quirks providers write:
 * negative usage (a rounding credit), {@code NULL} for blank, costs with eleven fraction digits, a tax row,
 * a correction, both date-time notations, and one file spanning two months.
 */
class FocusExportTests {

    /** FOCUS 1.0 columns in a provider's order, with some a report does not use (Tags holds commas and quotes). */
    static final String HEADER = "BillingAccountId,BillingAccountName,BillingPeriodStart,BillingPeriodEnd,"
            + "ChargePeriodStart,ChargeCategory,ChargeClass,ChargeDescription,ServiceCategory,ServiceName,"
            + "SubAccountId,SubAccountName,ListCost,EffectiveCost,BilledCost,BillingCurrency,Tags\n";

    private static final YearMonth AUGUST = YearMonth.of(2024, 8), SEPTEMBER = YearMonth.of(2024, 9);

    private final BillingFormat focus = BillingFormats.of("focus", Path.of(""));

    @TempDir
    Path dir;

    static String row(String periodStart, String category, String chargeClass, String service, String subAccount,
            String name, String billedCost, String currency) {
        return String.join(",", "BA-1", "Example Payer", periodStart, "2024-10-01T00:00:00Z", periodStart, category,
                chargeClass, "\"a charge, described\"", service, "Some Service", subAccount, name, "0", "0", billedCost,
                currency, "\"{\"\"team\"\": \"\"ml\"\"}\"") + "\n";
    }

    private InputFile spanningExport() throws IOException {
        return write("focus-2024.csv", HEADER
                + row("2024-09-01T00:00:00Z", "Usage", "NULL", "AI and Machine Learning", "SA-1", "Lodestar Labs", "1200.50", "USD")
                // Oracle writes a space and no offset; a provider's rounding credit is a negative usage
                + row("2024-09-01 00:00:00", "Usage", "", "AI and Machine Learning", "SA-1", "Lodestar Labs", "-0.25", "USD")
                + row("2024-09-01T00:00:00Z", "Usage", "NULL", "Compute", "SA-2", "Quill", "0.00000080000", "USD")
                + row("2024-09-01T00:00:00Z", "Usage", "NULL", "Compute", "SA-2", "NULL", "0.00000070001", "USD")
                + row("2024-09-01T00:00:00Z", "Tax", "NULL", "AI and Machine Learning", "SA-1", "Lodestar Labs", "96.04", "USD")
                + row("2024-09-01T00:00:00Z", "Credit", "NULL", "AI and Machine Learning", "SA-1", "Lodestar Labs", "-100.00", "USD")
                + row("2024-09-01T00:00:00Z", "Purchase", "NULL", "Compute", "SA-2", "Quill", "50", "EUR")
                + row("2024-09-01T00:00:00Z", "Usage", "Correction", "AI and Machine Learning", "SA-1", "Lodestar Labs", "20.00", "USD")
                // August in the same file
                + row("2024-08-01T00:00:00Z", "Usage", "NULL", "AI and Machine Learning", "SA-1", "Lodestar Labs", "1000", "USD")
                + row("2024-08-01T00:00:00Z", "Refund", "NULL", "AI and Machine Learning", "SA-1", "Lodestar Labs", "5", "USD")
                + row("NULL", "Usage", "NULL", "Compute", "SA-2", "Quill", "7", "USD"));
    }

    @Test
    void aFileSpanningTwoMonthsHoldsBoth() throws IOException {
        assertThat(FormattedMonthReader.monthsOf(focus.billing(), spanningExport())).containsExactly(AUGUST, SEPTEMBER);
    }

    @Test
    void septemberSumsItsOwnRowsExactlyToTwelveDigitsWithTaxExcludedAndTheCorrectionAnAdjustment() throws IOException {
        MonthLoad september = reader().read(SEPTEMBER, List.of(spanningExport()));

        assertThat(september.totals()).usingRecursiveFieldByFieldElementComparator(Amounts.BY_VALUE)
                .containsExactlyInAnyOrder(
                        // 1200.50 + (-0.25): no sign rule, FOCUS allows either sign in every category
                        new ChargeTotal("SA-1", "AI and Machine Learning", ChargeType.USAGE, "USD", new BigDecimal("1200.25")),
                        new ChargeTotal("SA-1", "AI and Machine Learning", ChargeType.CREDIT, "USD", new BigDecimal("-100.00")),
                        // ChargeClass Correction makes a Usage row an ADJUSTMENT
                        new ChargeTotal("SA-1", "AI and Machine Learning", ChargeType.ADJUSTMENT, "USD", new BigDecimal("20.00")),
                        // 0.00000080000 + 0.00000070001 = 0.00000150001, not 0.000002 as six digits would make it
                        new ChargeTotal("SA-2", "Compute", ChargeType.USAGE, "USD", new BigDecimal("0.00000150001")),
                        new ChargeTotal("SA-2", "Compute", ChargeType.SUBSCRIPTION, "EUR", new BigDecimal("50")));
        // eight September rows: seven summed, the tax row excluded, none rejected; August's rows are not read here
        assertThat(september.files()).extracting(FileCounts::read, FileCounts::accepted, FileCounts::excluded,
                FileCounts::rejected).containsExactly(tuple(8L, 7L, 1L, 0L));
        assertThat(september.rejects()).isEmpty();
        // SA-2's last line has NULL for its name: the name it carried before stays
        assertThat(september.clientNames()).isEqualTo(Map.of("SA-1", "Lodestar Labs", "SA-2", "Quill"));
    }

    @Test
    void augustTakesItsRowsAndTheRowWhoseMonthCannotBeTold() throws IOException {
        MonthLoad august = reader().read(AUGUST, List.of(spanningExport()));

        assertThat(august.totals()).usingRecursiveFieldByFieldElementComparator(Amounts.BY_VALUE).containsExactly(
                new ChargeTotal("SA-1", "AI and Machine Learning", ChargeType.USAGE, "USD", new BigDecimal("1000")));
        // the blank month's row goes to the file's earliest month, August: 3 rows = 1 accepted + 2 rejected
        assertThat(august.files()).extracting(FileCounts::read, FileCounts::accepted, FileCounts::excluded,
                FileCounts::rejected).containsExactly(tuple(3L, 1L, 0L, 2L));
        assertThat(august.rejects()).extracting(Reject::line, Reject::reason).containsExactly(
                tuple(11L, RejectReason.INVALID_CHARGE_TYPE), tuple(12L, RejectReason.MISSING_FIELD));
        assertThat(august.rejects().get(0).message())
                .isEqualTo("ChargeCategory 'Refund' is not one of the format's charge types "
                        + "(Adjustment, Credit, Purchase, Tax, Usage)");
        assertThat(august.rejects().get(1).message()).isEqualTo("BillingPeriodStart (month) is blank");
    }

    @Test
    void everyRowOfTheFileIsCountedInExactlyOneMonth() throws IOException {
        InputFile file = spanningExport();
        long rows = Files.readAllLines(file.path()).size() - 1;

        long read = 0;
        for (YearMonth month : FormattedMonthReader.monthsOf(focus.billing(), file)) {
            FileCounts counts = reader().read(month, List.of(file)).files().get(0);
            assertThat(counts.read()).isEqualTo(counts.accepted() + counts.excluded() + counts.rejected());
            read += counts.read();
        }
        assertThat(read).isEqualTo(rows).isEqualTo(11);
    }

    @Test
    void aHeaderLackingAMappedColumnFailsNamingItAsTheExportDoes() throws IOException {
        InputFile file = write("focus.csv", HEADER.replace("SubAccountId", "AccountId")
                + row("2024-09-01T00:00:00Z", "Usage", "NULL", "Compute", "SA-2", "Quill", "1", "USD"));

        assertThatThrownBy(() -> reader().read(SEPTEMBER, List.of(file))).isInstanceOf(InputException.class)
                .hasMessage("billing/focus.csv: column 'SubAccountId' (client_id) is missing from the header");
    }

    @Test
    void aFileNoneOfWhoseRowsNamesAReadableMonthFailsRatherThanBelongToNoMonth() throws IOException {
        InputFile file = write("focus.csv", HEADER
                + row("September", "Usage", "NULL", "Compute", "SA-2", "Quill", "1", "USD"));

        assertThatThrownBy(() -> FormattedMonthReader.monthsOf(focus.billing(), file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("billing/focus.csv: none of its 1 rows has a BillingPeriodStart that reads as "
                        + "yyyy-MM-dd['T'][' ']HH:mm:ss[X] (first at line 2)");
    }

    @Test
    void focusKnowsNoLineIdsAndTakesItsMonthsFromARow() {
        assertThat(focus.checksLineIds()).isFalse();
        assertThat(focus.monthsFromColumn()).isTrue();
        assertThat(focus.signRules()).isFalse();
        assertThat(focus.name()).isEqualTo("focus");
        assertThat(focus.definition()).isEqualTo("focus");
    }

    private FormattedMonthReader reader() {
        return new FormattedMonthReader(focus, BigDecimal.ONE, "USD");
    }

    private InputFile write(String name, String content) throws IOException {
        Path billing = Files.createDirectories(dir.resolve("billing"));
        Path path = billing.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return new InputFile(path, "billing/" + name, Sha256.of(path), null);
    }

    /** Money compares by value: 1000 and 1000.00 are the same amount. */
    static final class Amounts {

        static final org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration BY_VALUE =
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();

        private Amounts() {
        }
    }
}
