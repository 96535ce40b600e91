package com.revreport.analysis;

import static com.revreport.analysis.Fixture.CLOUD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReconciliationTests {

    /** The January row of Cloud when Cloud billed {@code billed} and the ledger booked {@code ledger}. */
    private static SegmentReconciliation january(String billed, String ledger) {
        return new Fixture().bill("2024-01", "A", billed).ledger("2024-01", CLOUD, ledger).analyse().reconciliation()
                .get(0);
    }

    @Test
    void varianceBelowOneCentIsMatched() {
        SegmentReconciliation row = january("100000.004", "100000");
        assertThat(row.variance()).isEqualByComparingTo("0.004"); // 100,000.004 - 100,000
        assertThat(row.status()).isEqualTo(ReconciliationStatus.MATCHED); // 0.004 < 0.01
    }

    @Test
    void varianceOfExactlyOneCentIsNoLongerMatched() {
        // 0.01 is not below 0.01, but within the 1,000.00 tolerance
        assertThat(january("100000.01", "100000").status()).isEqualTo(ReconciliationStatus.WITHIN_TOLERANCE);
    }

    @Test
    void varianceUpToTheAbsoluteToleranceIsWithinTolerance() {
        SegmentReconciliation row = january("101000", "100000");
        assertThat(row.variance()).isEqualByComparingTo("1000"); // 101,000 - 100,000
        assertThat(row.variancePercent()).isEqualByComparingTo("0.01"); // 1,000 / 100,000
        // max(1,000, 0.005 x 100,000 = 500) = 1,000 and 1,000 <= 1,000
        assertThat(row.status()).isEqualTo(ReconciliationStatus.WITHIN_TOLERANCE);
    }

    @Test
    void varianceAboveTheAbsoluteToleranceOnASmallLedgerIsABreak() {
        // 1,000.01 > max(1,000, 500)
        assertThat(january("101000.01", "100000").status()).isEqualTo(ReconciliationStatus.BREAK);
    }

    @Test
    void largeLedgerUsesTheRelativeTolerance() {
        // max(1,000, 0.005 x 1,000,000 = 5,000) = 5,000
        assertThat(january("1005000", "1000000").status()).isEqualTo(ReconciliationStatus.WITHIN_TOLERANCE); // 5,000
        assertThat(january("1005000.01", "1000000").status()).isEqualTo(ReconciliationStatus.BREAK); // 5,000.01
        assertThat(january("994999.99", "1000000").status()).isEqualTo(ReconciliationStatus.BREAK); // |-5,000.01|
    }

    @Test
    void billingWithoutALedgerRowIsMissingLedger() {
        SegmentReconciliation row = new Fixture().bill("2024-01", "A", "250").analyse().reconciliation().get(0);
        assertThat(row.status()).isEqualTo(ReconciliationStatus.MISSING_LEDGER);
        assertThat(row.ledger()).isEqualByComparingTo("0");
        assertThat(row.variance()).isEqualByComparingTo("250"); // 250 - 0
        assertThat(row.variancePercent()).isNull(); // ledger 0: no percentage
    }

    @Test
    void ledgerRowWithoutBillingIsMissingBilling() {
        List<SegmentReconciliation> rows = new Fixture().bill("2024-01", "A", "Support", "10")
                .ledger("2024-01", CLOUD, "400").analyse().reconciliation();
        SegmentReconciliation cloud = rows.get(0);
        assertThat(cloud.segment()).isEqualTo(CLOUD);
        assertThat(cloud.status()).isEqualTo(ReconciliationStatus.MISSING_BILLING);
        assertThat(cloud.billed()).isEqualByComparingTo("0");
        assertThat(cloud.variance()).isEqualByComparingTo("-400"); // 0 - 400
        assertThat(cloud.variancePercent()).isEqualByComparingTo("-1"); // -400 / 400
    }

    @Test
    void billedIsTheNetOfAllClientsOfTheSegment() {
        SegmentReconciliation row = new Fixture().bill("2024-01", "A", "700").bill("2024-01", "B", "350")
                .bill("2024-01", "C", "-50").ledger("2024-01", CLOUD, "1000").analyse().reconciliation().get(0);
        assertThat(row.billed()).isEqualByComparingTo("1000"); // 700 + 350 - 50
        assertThat(row.status()).isEqualTo(ReconciliationStatus.MATCHED);
    }

    @Test
    void quarterRowSumsItsMonthsAndIsMissingOnlyWhenTheWholeRangeLacksASide() {
        List<SegmentReconciliation> rows = new Fixture()
                .bill("2024-01", "A", "100").ledger("2024-01", CLOUD, "100")
                .bill("2024-02", "A", "50") // no ledger in February
                .ledger("2024-03", CLOUD, "30") // no billing in March (another segment billed)
                .bill("2024-03", "B", "Support", "5")
                .analyse().reconciliation();

        assertThat(rows).extracting(SegmentReconciliation::segment, SegmentReconciliation::period,
                SegmentReconciliation::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CLOUD, "2024-01", ReconciliationStatus.MATCHED),
                        org.assertj.core.groups.Tuple.tuple(CLOUD, "2024-02", ReconciliationStatus.MISSING_LEDGER),
                        org.assertj.core.groups.Tuple.tuple(CLOUD, "2024-03", ReconciliationStatus.MISSING_BILLING),
                        // 150 - 130 = 20 <= 1,000: both sides exist somewhere in the range
                        org.assertj.core.groups.Tuple.tuple(CLOUD, "FY2024-Q1", ReconciliationStatus.WITHIN_TOLERANCE),
                        org.assertj.core.groups.Tuple.tuple("Support", "2024-03", ReconciliationStatus.MISSING_LEDGER),
                        // Support has no ledger anywhere in the range
                        org.assertj.core.groups.Tuple.tuple("Support", "FY2024-Q1", ReconciliationStatus.MISSING_LEDGER));
        SegmentReconciliation cloudQuarter = rows.get(3);
        assertThat(cloudQuarter.quarterTotal()).isTrue();
        assertThat(cloudQuarter.billed()).isEqualByComparingTo("150"); // 100 + 50
        assertThat(cloudQuarter.ledger()).isEqualByComparingTo("130"); // 100 + 30
        assertThat(cloudQuarter.variance()).isEqualByComparingTo("20");
        assertThat(cloudQuarter.variancePercent()).isEqualByComparingTo(
                new java.math.BigDecimal("20").divide(new java.math.BigDecimal("130"), java.math.MathContext.DECIMAL128));
    }

    @Test
    void segmentsAreSortedByNameAndOnlyMonthsOfTheRangeCount() {
        List<SegmentReconciliation> rows = new Fixture().bill("2024-02", "A", "Zeta", "1").bill("2024-01", "A", "Alpha", "1")
                .ledger("2023-12", "Alpha", "999") // outside the range FY2024-Q1
                .analyse().reconciliation();

        assertThat(rows).extracting(SegmentReconciliation::segment, SegmentReconciliation::period).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Alpha", "2024-01"),
                org.assertj.core.groups.Tuple.tuple("Alpha", "FY2024-Q1"),
                org.assertj.core.groups.Tuple.tuple("Zeta", "2024-02"),
                org.assertj.core.groups.Tuple.tuple("Zeta", "FY2024-Q1"));
    }

    @Test
    void ledgerInEurosIsConvertedWithTheRateOfItsMonth() {
        SegmentReconciliation row = new Fixture().bill("2024-01", "A", "1100").ledger("2024-01", CLOUD, "1000", "EUR")
                .rate("2024-01", "EUR", "1.10").analyse().reconciliation().get(0);
        assertThat(row.ledger()).isEqualByComparingTo("1100"); // 1,000 EUR x 1.10
        assertThat(row.status()).isEqualTo(ReconciliationStatus.MATCHED); // 1,100 - 1,100 = 0
    }

    @Test
    void configuredTolerancesApply() {
        AnalysisSettings tight = new AnalysisSettings("USD", 1, new java.math.BigDecimal("10"),
                new java.math.BigDecimal("0.001"), HhiBands.GUIDELINES_2023, new java.math.BigDecimal("0.10"));
        SegmentReconciliation row = new Fixture().bill("2024-01", "A", "10020").ledger("2024-01", CLOUD, "10000")
                .settings(tight).analyse().reconciliation().get(0);
        // 20 > max(10, 0.001 x 10,000 = 10)
        assertThat(row.status()).isEqualTo(ReconciliationStatus.BREAK);
    }
}
