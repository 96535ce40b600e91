package com.revreport.close;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.revreport.analysis.AnalysisInput;
import com.revreport.analysis.AnalysisSettings;
import com.revreport.analysis.QuarterAnalysis;
import com.revreport.analysis.QuarterFigures;
import com.revreport.calendar.FiscalQuarter;
import com.revreport.model.BillingTotal;
import com.revreport.model.LedgerEntry;

/**
 * Versions of a quarter from real figures: one segment, Cloud, in FY2024-Q1 (January to March, a fiscal
 * year starting in January), with the prior quarter's December for QoQ. Client A bills 1,000.00 a month, B
 * 500.00 in March; the ledger books 1,000.00, 1,000.00 and 1,500.00, so every month and the quarter match.
 */
class QuarterCloseTests {

    private static final String QUARTER = "FY2024-Q1";

    private static final Instant FIRST = Instant.parse("2024-04-05T09:00:00.250Z");

    private static final Instant SECOND = Instant.parse("2024-04-12T07:30:00Z");

    private static final Map<String, String> OPTIONS = Map.of("reporting-currency", "USD", "output", "/reports");

    /** The inputs of version 1: one billing file a month, the ledger, the rates. */
    private static final List<VersionInput> INPUTS = List.of(billing("2023-12", "aaa"), billing("2024-01", "bbb"),
            billing("2024-02", "ccc"), billing("2024-03", "ddd"), new VersionInput("LEDGER", null, "ledger/ledger.csv",
                    "eee"), new VersionInput("FX", null, "fx/rates.csv", "fff"));

    private final List<BillingTotal> billing = new ArrayList<>();

    private final List<LedgerEntry> ledger = new ArrayList<>();

    QuarterCloseTests() {
        bill("2023-12", "A", "1000.00");
        bill("2024-01", "A", "1000.00");
        bill("2024-02", "A", "1000.00");
        bill("2024-03", "A", "1000.00");
        bill("2024-03", "B", "500.00");
        book("2024-01", "1000.00");
        book("2024-02", "1000.00");
        book("2024-03", "1500.00");
    }

    @Test
    void aQuarterPublishedForTheFirstTimeIsVersionOneWithNothingToCompare() {
        QuarterClose close = decide(Optional.empty(), figures(), INPUTS, OPTIONS, FIRST);

        assertThat(close.newVersion()).isTrue();
        assertThat(close.current().number()).isEqualTo(1);
        // to the second, as tblVersions writes it
        assertThat(QuarterClose.utc(close.current().published())).isEqualTo("2024-04-05T09:00:00Z");
        assertThat(close.changes()).isEmpty();
        assertThat(close.changesCaption()).contains("Version 1 is the first published version of FY2024-Q1");
        assertThat(close.signedOff()).isEqualTo("No");
    }

    @Test
    void theSameFiguresFromAReExportedFileKeepTheVersion() {
        VersionRecord first = first();
        // March exported again: another SHA-256, the same rows
        List<VersionInput> reexported = replace(INPUTS, billing("2024-03", "ddd-again"));

        QuarterClose close = decide(Optional.of(first), figures(), reexported, OPTIONS, SECOND);

        assertThat(close.newVersion()).isFalse();
        assertThat(close.current().number()).isEqualTo(1);
        assertThat(close.changes()).isEmpty();
    }

    @Test
    void aRestatedMonthMakesTheNextVersionListingEachFigureItMovedWithItsCause() {
        VersionRecord first = first();
        // March restated: A's 1,000.00 becomes 1,200.00
        billing.set(3, total("2024-03", "A", "1200.00"));

        QuarterClose close = decide(Optional.of(first), figures(), replace(INPUTS, billing("2024-03", "ddd-2")), OPTIONS,
                SECOND);

        assertThat(close.newVersion()).isTrue();
        assertThat(close.current().number()).isEqualTo(2);
        assertThat(close.versions()).extracting(QuarterVersion::number).containsExactly(2, 1);
        String cause = "billing 2024-03 restated: billing-2024-03.csv changed";
        // quarter billed 3,500.00 -> 3,700.00; ledger 3,500.00 stays, so the variance goes 0.00 -> 200.00, within
        // the tolerance of max(1,000.00, 0.5% x 3,500.00 = 17.50); QoQ over December's 1,000.00:
        // 3,500 / 1,000 - 1 = 2.5 -> 3,700 / 1,000 - 1 = 2.7. A's share 3,000 / 3,500 -> 3,200 / 3,700, and HHI
        // with it; YoY has no prior year either time and does not move
        BigDecimal shareBefore = new BigDecimal("3000").divide(new BigDecimal("3500"), 12, java.math.RoundingMode.HALF_EVEN);
        BigDecimal shareAfter = new BigDecimal("3200").divide(new BigDecimal("3700"), 12, java.math.RoundingMode.HALF_EVEN);
        List<FigureChange> cloud = close.changes().stream().filter(c -> c.scope().equals("Cloud")).toList();
        assertThat(cloud).extracting(FigureChange::figure, FigureChange::period).containsExactly(
                tuple("Revenue", QUARTER), tuple("QoQ", QUARTER), tuple("Billed", QUARTER), tuple("Variance", QUARTER),
                tuple("Status", QUARTER), tuple("Top client share", QUARTER), tuple("HHI", QUARTER),
                tuple("Billed", "2024-03"), tuple("Variance", "2024-03"), tuple("Status", "2024-03"));
        assertThat(cloud.get(0).previous()).isEqualTo(new BigDecimal("3500.00"));
        assertThat(cloud.get(0).current()).isEqualTo(new BigDecimal("3700.00"));
        assertThat(cloud.get(0).difference()).isEqualByComparingTo("200.00");
        assertThat((BigDecimal) cloud.get(1).difference()).isEqualByComparingTo("0.2");
        assertThat(cloud.get(4).previous()).isEqualTo("MATCHED");
        assertThat(cloud.get(4).current()).isEqualTo("WITHIN_TOLERANCE");
        assertThat(cloud.get(4).difference()).isNull();
        assertThat((BigDecimal) cloud.get(5).previous()).isEqualByComparingTo(shareBefore);
        assertThat((BigDecimal) cloud.get(5).current()).isEqualByComparingTo(shareAfter);
        // March's row: 1,500.00 -> 1,700.00 billed against 1,500.00 booked
        assertThat(cloud.get(7).difference()).isEqualByComparingTo("200.00");
        assertThat(cloud.get(8).current()).isEqualTo(new BigDecimal("200.00"));
        // All segments moves as its one segment does: the same seven quarter figures
        assertThat(close.changes()).hasSize(10 + 7);
        assertThat(close.changes()).extracting(FigureChange::cause).containsOnly(cause);
        assertThat(close.changesCaption()).isEqualTo("Version 2 against version 1: 17 figures changed.");
    }

    @Test
    void eachFigureNamesOnlyTheInputsThatCanHaveMovedIt() {
        VersionRecord first = first();
        // February restated (A 1,000.00 -> 1,100.00) and the ledger reloaded (March booked 1,500.00 -> 1,400.00)
        billing.set(2, total("2024-02", "A", "1100.00"));
        ledger.set(2, new LedgerEntry(YearMonth.parse("2024-03"), "Cloud", "USD", new BigDecimal("1400.00")));
        List<VersionInput> inputs = replace(replace(INPUTS, billing("2024-02", "ccc-2")),
                new VersionInput("LEDGER", null, "ledger/ledger.csv", "eee-2"));

        QuarterClose close = decide(Optional.of(first), figures(), inputs, OPTIONS, SECOND);

        String february = "billing 2024-02 restated: billing-2024-02.csv changed";
        String reloaded = "ledger reloaded: ledger.csv changed";
        assertThat(cause(close, "Billed", "2024-02")).isEqualTo(february);
        assertThat(cause(close, "Ledger", "2024-03")).isEqualTo(reloaded);
        // March's variance moved by the ledger alone: its billing did not change
        assertThat(cause(close, "Variance", "2024-03")).isEqualTo(reloaded);
        // the quarter's variance by both: 3,600.00 - 3,400.00 = 200.00, was 0.00
        assertThat(cause(close, "Variance", QUARTER)).isEqualTo(february + "; " + reloaded);
        assertThat(cause(close, "Ledger", QUARTER)).isEqualTo(reloaded);
        assertThat(cause(close, "Revenue", QUARTER)).isEqualTo(february);
    }

    @Test
    void aNewVersionAfterASignOffSaysWhoReviewedWhichVersionAndKeepsTheirSignOff() {
        VersionRecord first = first();
        QuarterVersion signed = new QuarterVersion(1, first.version().published(), List.of(
                new SignOff("M. Keller", Instant.parse("2024-04-06T10:15:00Z"), "Reviewed with the ledger")));
        VersionRecord signedRecord = new VersionRecord(signed, first.figures(), first.inputs(), first.parameters(),
                first.applicationVersion());
        billing.set(3, total("2024-03", "A", "1200.00"));

        QuarterClose close = QuarterClose.decide(QUARTER, Optional.of(signedRecord), Optional.empty(), List.of(signed),
                figures(), replace(INPUTS, billing("2024-03", "ddd-2")), OPTIONS, "1.0", months(), SECOND);

        assertThat(close.signedOff()).isEqualTo("No");
        assertThat(close.versions().get(1).signedOffBy()).isEqualTo("M. Keller");
        assertThat(close.versions().get(1).notes()).isEqualTo("Reviewed with the ledger");
        assertThat(close.signedOffSuperseded()).hasValue("FY2024-Q1 was signed off at version 1 by M. Keller "
                + "(2024-04-06T10:15:00Z); version 2 publishes 17 changed figures and is not signed off: review it again");
        // the same figures again: no new version, no warning
        QuarterClose kept = QuarterClose.decide(QUARTER, Optional.of(signedRecord), Optional.empty(), List.of(signed),
                first.figures(), INPUTS, OPTIONS, "1.0", months(), SECOND);
        assertThat(kept.signedOffSuperseded()).isEmpty();
        assertThat(kept.signedOff()).isEqualTo("version 1 by M. Keller at 2024-04-06T10:15:00Z");
    }

    @Test
    void aSecondSignOffOfTheSameVersionIsASecondReviewer() {
        QuarterVersion twice = new QuarterVersion(2, SECOND, List.of(
                new SignOff("M. Keller", Instant.parse("2024-04-13T08:00:00Z"), null),
                new SignOff("J. Ortiz", Instant.parse("2024-04-13T09:30:00Z"), "Audit sample 7")));

        assertThat(QuarterClose.signedOff(twice)).isEqualTo(
                "version 2 by M. Keller at 2024-04-13T08:00:00Z and by J. Ortiz at 2024-04-13T09:30:00Z");
        assertThat(twice.signedOffBy()).isEqualTo("M. Keller, J. Ortiz");
        assertThat(twice.signedOffAt()).isEqualTo("2024-04-13T08:00:00Z, 2024-04-13T09:30:00Z");
        assertThat(twice.notes()).isEqualTo("J. Ortiz: Audit sample 7");
    }

    @Test
    void aRestatedMonthOfASignedOffQuarterIsSaidWhetherOrNotItIsReported() {
        QuarterVersion signed = new QuarterVersion(3, FIRST, List.of(new SignOff("M. Keller",
                Instant.parse("2024-01-10T12:00:00Z"), null)));
        SignedOffQuarter q4 = new SignedOffQuarter("FY2023-Q4", signed,
                List.of(YearMonth.parse("2023-10"), YearMonth.parse("2023-11"), YearMonth.parse("2023-12")));

        assertThat(q4.restated(java.util.Set.of(YearMonth.parse("2023-11"), YearMonth.parse("2024-03"))))
                .hasValue("FY2023-Q4 was signed off at version 3 by M. Keller (2024-01-10T12:00:00Z); this run restated "
                        + "billing 2023-11 of it: its figures may no longer be the ones signed off");
        assertThat(q4.restated(java.util.Set.of(YearMonth.parse("2024-01")))).isEmpty();
    }

    @Test
    void anOptionThatMovesFiguresIsTheirCauseAndWhereThingsAreIsNot() {
        VersionRecord first = first();
        // March restated and the workbook published to another folder: the folder moved no figure
        billing.set(3, total("2024-03", "A", "1200.00"));
        Map<String, String> options = Map.of("reporting-currency", "USD", "output", "/elsewhere");

        QuarterClose close = decide(Optional.of(first), figures(), replace(INPUTS, billing("2024-03", "ddd-2")), options,
                SECOND);

        assertThat(close.changes()).extracting(FigureChange::cause)
                .containsOnly("billing 2024-03 restated: billing-2024-03.csv changed");
        // had version 1 been made with another reporting currency, that option is a cause of every figure it reaches
        first = new VersionRecord(first.version(), first.figures(), INPUTS, Map.of("reporting-currency", "EUR"), "1.0");
        close = decide(Optional.of(first), figures(), replace(INPUTS, billing("2024-03", "ddd-2")), OPTIONS, SECOND);
        assertThat(cause(close, "Ledger", "2024-03")).isNull(); // the ledger's figure did not move
        assertThat(cause(close, "Billed", "2024-03")).isEqualTo("billing 2024-03 restated: billing-2024-03.csv changed; "
                + "options changed: reporting-currency EUR -> USD");
    }

    private VersionRecord first() {
        QuarterClose close = decide(Optional.empty(), figures(), INPUTS, OPTIONS, FIRST);
        return close.record(ReportedFigures.of(analyse()), INPUTS, OPTIONS, "1.0");
    }

    private QuarterClose decide(Optional<VersionRecord> latest, List<ReportedFigure> figures, List<VersionInput> inputs,
            Map<String, String> options, Instant now) {
        return QuarterClose.decide(QUARTER, latest, Optional.empty(), latest.map(r -> List.of(r.version()))
                .orElse(List.of()), figures, inputs, options, "1.0", months(), now);
    }

    private static java.util.Set<YearMonth> months() {
        return new HashSet<>(List.of(YearMonth.parse("2024-01"), YearMonth.parse("2024-02"), YearMonth.parse("2024-03")));
    }

    private static String cause(QuarterClose close, String figure, String period) {
        return close.changes().stream().filter(c -> c.scope().equals("Cloud") && c.figure().equals(figure)
                && c.period().equals(period)).map(FigureChange::cause).findFirst().orElse(null);
    }

    private List<ReportedFigure> figures() {
        return ReportedFigures.of(analyse());
    }

    private QuarterFigures analyse() {
        AnalysisInput input = new AnalysisInput(billing, ledger, List.of(), Map.of("A", "Alpha", "B", "Beta"),
                FiscalQuarter.parse(QUARTER, 1));
        return new QuarterAnalysis().analyse(input, AnalysisSettings.defaults(1));
    }

    private void bill(String month, String client, String amount) {
        billing.add(total(month, client, amount));
    }

    private static BillingTotal total(String month, String client, String amount) {
        return new BillingTotal(YearMonth.parse(month), client, "Cloud", "USD", new BigDecimal(amount));
    }

    private void book(String month, String revenue) {
        ledger.add(new LedgerEntry(YearMonth.parse(month), "Cloud", "USD", new BigDecimal(revenue)));
    }

    private static VersionInput billing(String month, String sha) {
        return new VersionInput("BILLING", YearMonth.parse(month), "billing/billing-" + month + ".csv", sha);
    }

    private static List<VersionInput> replace(List<VersionInput> inputs, VersionInput changed) {
        List<VersionInput> replaced = new ArrayList<>();
        for (VersionInput input : inputs) {
            replaced.add(input.kind().equals(changed.kind()) && java.util.Objects.equals(input.month(), changed.month())
                    ? changed : input);
        }
        return replaced;
    }
}
