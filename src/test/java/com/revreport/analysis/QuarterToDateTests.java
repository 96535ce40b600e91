package com.revreport.analysis;

import static com.revreport.analysis.Fixture.CLOUD;
import static com.revreport.analysis.Fixture.client;
import static com.revreport.analysis.Fixture.concentration;
import static com.revreport.analysis.Fixture.growth;
import static com.revreport.analysis.Fixture.share;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class QuarterToDateTests {

    @Test
    void oneMonthQuarterToDateComparesWithTheFirstMonthOfTheEarlierQuarters() {
        // July fiscal year: FY2024-Q3 = Jan-Mar 2024, prior FY2024-Q2 = Oct-Dec 2023, prior year FY2023-Q3 = Jan-Mar 2023
        QuarterFigures figures = Fixture.fiscalYearStartingIn(7).bill("2024-01", "A", "120")
                .bill("2023-10", "A", "100").bill("2023-11", "A", "999").bill("2023-11", "B", "500")
                .bill("2023-01", "A", "80").bill("2023-02", "A", "999").analyse();

        ReportPeriod period = figures.period();
        assertThat(period.quarter().label()).isEqualTo("FY2024-Q3");
        assertThat(period.months()).containsExactly(YearMonth.of(2024, 1));
        assertThat(period.complete()).isFalse();
        assertThat(period.fileLabel()).isEqualTo("FY2024-Q3-QTD");

        ScopeGrowth cloud = growth(figures, CLOUD);
        assertThat(cloud.priorQuarter()).isEqualByComparingTo("100"); // October 2023 only
        assertThat(cloud.qoq()).isEqualByComparingTo("0.2"); // (120 - 100) / 100
        assertThat(cloud.priorYearQuarter()).isEqualByComparingTo("80"); // January 2023 only
        assertThat(cloud.yoy()).isEqualByComparingTo("0.5"); // (120 - 80) / 80
        assertThat(cloud.churnedClients()).isZero(); // B billed in November, outside the first month
        assertThat(cloud.runRate()).isEqualByComparingTo("1440"); // 120 x 12
        // October alone: A held all of it, as now
        assertThat(share(concentration(figures, CLOUD), "A").shareChange()).isEqualByComparingTo("0");
        assertThat(client(figures, "A", CLOUD).months()).containsExactly(new BigDecimal("120"), null, null);
    }

    @Test
    void twoMonthQuarterToDateComparesWithTheFirstTwoMonthsOfTheEarlierQuarters() {
        // January fiscal year: FY2024-Q2 = Apr-Jun 2024, prior = Jan-Mar 2024, prior year = Apr-Jun 2023
        QuarterFigures figures = new Fixture().bill("2024-04", "A", "100").bill("2024-05", "A", "100")
                .bill("2024-05", "B", "100")
                .bill("2024-01", "A", "50").bill("2024-02", "B", "50").bill("2024-03", "A", "1000")
                .bill("2023-04", "A", "60").bill("2023-05", "B", "60").bill("2023-06", "B", "1000").analyse();

        assertThat(figures.period().months()).containsExactly(YearMonth.of(2024, 4), YearMonth.of(2024, 5));
        ScopeGrowth cloud = growth(figures, CLOUD);
        assertThat(cloud.revenue()).isEqualByComparingTo("300"); // 100 + 100 + 100
        assertThat(cloud.priorQuarter()).isEqualByComparingTo("100"); // January 50 + February 50; March left out
        assertThat(cloud.qoq()).isEqualByComparingTo("2"); // (300 - 100) / 100
        assertThat(cloud.priorYearQuarter()).isEqualByComparingTo("120"); // April 60 + May 60; June left out
        assertThat(cloud.yoy()).isEqualByComparingTo("1.5"); // (300 - 120) / 120
        // cohort A 60, B 60 -> now A 200, B 100: NRR 300 / 120; GRR (60 + 60) / 120
        assertThat(cloud.nrr()).isEqualByComparingTo("2.5");
        assertThat(cloud.grr()).isEqualByComparingTo("1");
        // share change of B: now 100/300, then 50/100 (January-February)
        assertThat(share(concentration(figures, CLOUD), "B").shareChange()).isEqualByComparingTo(
                new BigDecimal("100").divide(new BigDecimal("300"), java.math.MathContext.DECIMAL128)
                        .subtract(new BigDecimal("0.5")));
        assertThat(client(figures, "B", CLOUD).months()).containsExactly(BigDecimal.ZERO, new BigDecimal("100"), null);
        assertThat(client(figures, "B", CLOUD).priorQuarter()).isEqualByComparingTo("50"); // February only
    }

    @Test
    void unbilledMonthBeforeTheNewestIsInRangeAsMissing() {
        QuarterFigures figures = new Fixture().bill("2024-01", "A", "100").bill("2024-03", "A", "100").analyse();

        ReportPeriod period = figures.period();
        assertThat(period.months()).hasSize(3);
        assertThat(period.missingMonths()).containsExactly(YearMonth.of(2024, 2));
        assertThat(period.complete()).isFalse();
        assertThat(client(figures, "A", CLOUD).months()).containsExactly(new BigDecimal("100"), BigDecimal.ZERO,
                new BigDecimal("100"));
    }

    @Test
    void quarterWithAllThreeMonthsBilledIsComplete() {
        QuarterFigures figures = new Fixture().bill("2024-01", "A", "1").bill("2024-02", "B", "1").bill("2024-03", "A", "1")
                .analyse();
        assertThat(figures.period().complete()).isTrue();
        assertThat(figures.period().fileLabel()).isEqualTo("FY2024-Q1");
    }

    @Test
    void defaultQuarterHoldsTheNewestBillingMonth() {
        QuarterFigures figures = Fixture.fiscalYearStartingIn(7).bill("2023-11", "A", "1").bill("2024-01", "A", "1")
                .analyse();
        assertThat(figures.period().quarter().label()).isEqualTo("FY2024-Q3"); // January 2024, July fiscal year
    }

    @Test
    void requestedQuarterIsReportedEvenWhenNewerBillingExists() {
        // FY2024-Q2 with a July year = Oct-Dec 2023; only November billed there, so k = 2 and October is missing
        QuarterFigures figures = Fixture.fiscalYearStartingIn(7).bill("2023-11", "A", "10").bill("2024-01", "A", "99")
                .quarter("FY2024-Q2").analyse();

        assertThat(figures.period().months()).containsExactly(YearMonth.of(2023, 10), YearMonth.of(2023, 11));
        assertThat(figures.period().missingMonths()).containsExactly(YearMonth.of(2023, 10));
        assertThat(growth(figures, CLOUD).revenue()).isEqualByComparingTo("10");
    }

    @Test
    void decemberFiscalYearQuarterComparesWithSeptemberToNovemberAndTheQuarterAYearEarlier() {
        // December fiscal year: FY2024-Q1 = Dec 2023 - Feb 2024, prior FY2023-Q4 = Sep-Nov 2023,
        // prior year FY2023-Q1 = Dec 2022 - Feb 2023
        QuarterFigures figures = Fixture.fiscalYearStartingIn(12).bill("2023-12", "A", "100").bill("2024-01", "A", "100")
                .bill("2024-02", "A", "100").bill("2023-09", "A", "200").bill("2022-12", "A", "150")
                .bill("2024-03", "Z", "Other", "1").quarter("FY2024-Q1").analyse();

        assertThat(figures.period().complete()).isTrue();
        assertThat(figures.period().months()).containsExactly(YearMonth.of(2023, 12), YearMonth.of(2024, 1),
                YearMonth.of(2024, 2));
        ScopeGrowth cloud = growth(figures, CLOUD);
        assertThat(cloud.revenue()).isEqualByComparingTo("300"); // 3 x 100
        assertThat(cloud.qoq()).isEqualByComparingTo("0.5"); // (300 - 200) / 200
        assertThat(cloud.yoy()).isEqualByComparingTo("1"); // (300 - 150) / 150
        assertThat(cloud.runRate()).isEqualByComparingTo("1200"); // February 100 x 12
        SegmentReconciliation quarterRow = figures.reconciliation().stream()
                .filter(r -> r.segment().equals(CLOUD) && r.period().equals("FY2024-Q1")).findFirst().orElseThrow();
        assertThat(quarterRow.billed()).isEqualByComparingTo("300"); // Dec + Jan + Feb, 100 each
    }

    @Test
    void quarterWithoutBillingCannotBeReported() {
        assertThatThrownBy(() -> new Fixture().bill("2024-01", "A", "1").quarter("FY2023-Q1").analyse())
                .isInstanceOf(NoBillingInQuarterException.class).hasMessageContaining("FY2023-Q1");
        assertThatThrownBy(() -> new Fixture().analyse()).isInstanceOf(NoBillingInQuarterException.class);
    }

    @Test
    void quarterBuiltForAnotherFiscalYearIsRejected() {
        AnalysisInput input = new Fixture().bill("2024-01", "A", "1").quarter("FY2024-Q3").input();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new QuarterAnalysis().analyse(input, AnalysisSettings.defaults(7)));
    }
}
