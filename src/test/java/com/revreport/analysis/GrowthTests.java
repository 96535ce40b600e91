package com.revreport.analysis;

import static com.revreport.analysis.Fixture.CLOUD;
import static com.revreport.analysis.Fixture.growth;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class GrowthTests {

    /**
     * FY2024-Q1 (Jan-Mar 2024), prior quarter Oct-Dec 2023, prior-year quarter Jan-Mar 2023.
     * <pre>
     *          prior year   prior quarter   now
     *   A         100            100         150 (50 + 50 + 50)
     *   B         200            100          50
     *   C           -              -         100
     *   D          50             50           -
     *   E          50              -         -20
     *   total     400            250         280
     * </pre>
     */
    private static QuarterFigures cohort() {
        return new Fixture()
                .bill("2023-01", "A", "100").bill("2023-02", "B", "200").bill("2023-03", "D", "50").bill("2023-01", "E", "50")
                .bill("2023-10", "A", "100").bill("2023-11", "B", "100").bill("2023-12", "D", "50")
                .bill("2024-01", "A", "50").bill("2024-02", "A", "50").bill("2024-03", "A", "50")
                .bill("2024-03", "B", "50").bill("2024-02", "C", "100").bill("2024-01", "E", "-20")
                .analyse();
    }

    @Test
    void revenueIsComparedWithThePriorQuarterAndThePriorYearQuarter() {
        ScopeGrowth cloud = growth(cohort(), CLOUD);
        assertThat(cloud.revenue()).isEqualByComparingTo("280"); // 150 + 50 + 100 - 20
        assertThat(cloud.priorQuarter()).isEqualByComparingTo("250"); // 100 + 100 + 50
        assertThat(cloud.qoq()).isEqualByComparingTo("0.12"); // (280 - 250) / 250
        assertThat(cloud.priorYearQuarter()).isEqualByComparingTo("400"); // 100 + 200 + 50 + 50
        assertThat(cloud.yoy()).isEqualByComparingTo("-0.3"); // (280 - 400) / 400
    }

    @Test
    void runRateIsTheNewestMonthTimesTwelve() {
        // March 2024: A 50 + B 50 = 100; x 12
        assertThat(growth(cohort(), CLOUD).runRate()).isEqualByComparingTo("1200");
    }

    @Test
    void newAndChurnedClientsAreCountedAgainstThePriorQuarter() {
        ScopeGrowth cloud = growth(cohort(), CLOUD);
        assertThat(cloud.newClients()).isEqualTo(1); // C: 100 now, nothing in the prior quarter (E is at -20)
        assertThat(cloud.churnedClients()).isEqualTo(1); // D: 50 in the prior quarter, nothing now
    }

    @Test
    void retentionFollowsThePriorYearCohort() {
        ScopeGrowth cloud = growth(cohort(), CLOUD);
        // cohort A, B, D, E (positive a year ago), base 100 + 200 + 50 + 50 = 400
        // NRR: (150 + 50 + 0 - 20) / 400 = 180 / 400
        assertThat(cloud.nrr()).isEqualByComparingTo("0.45");
        // GRR: min(150, 100) + min(50, 200) + min(0, 50) + min(max(-20, 0), 50) = 100 + 50 + 0 + 0 = 150; / 400
        assertThat(cloud.grr()).isEqualByComparingTo("0.375");
    }

    @Test
    void allSegmentsScopeIsListedFirstWithTheSameFiguresForASingleSegment() {
        QuarterFigures figures = cohort();
        assertThat(figures.growth()).extracting(ScopeGrowth::scope).containsExactly(QuarterFigures.ALL_SEGMENTS, CLOUD);
        ScopeGrowth all = growth(figures, QuarterFigures.ALL_SEGMENTS);
        // one segment: the entity's figures are the segment's, worked out in retentionFollowsThePriorYearCohort
        assertThat(all.nrr()).isEqualByComparingTo("0.45");
        assertThat(all.grr()).isEqualByComparingTo("0.375");
        assertThat(all).usingRecursiveComparison().ignoringFields("scope").isEqualTo(growth(figures, CLOUD));
    }

    @Test
    void baseOfZeroOrBelowGivesBlankRatios() {
        QuarterFigures figures = new Fixture().bill("2023-10", "A", "-10") // first month of the prior quarter nets below zero
                .bill("2024-01", "A", "100").analyse();

        ScopeGrowth cloud = growth(figures, CLOUD);
        assertThat(cloud.priorQuarter()).isEqualByComparingTo("-10");
        assertThat(cloud.qoq()).isNull(); // base -10
        assertThat(cloud.priorYearQuarter()).isEqualByComparingTo("0");
        assertThat(cloud.yoy()).isNull(); // base 0
        assertThat(cloud.nrr()).isNull(); // nobody positive a year ago
        assertThat(cloud.grr()).isNull();
    }

    @Test
    void clientWhoseSegmentMovedCountsPerSegmentButNotForTheEntity() {
        // A moves from Cloud (prior quarter) to Support (now); January alone is in range, so October is its match
        QuarterFigures figures = new Fixture().bill("2023-10", "A", CLOUD, "100").bill("2024-01", "A", "Support", "100")
                .analyse();

        assertThat(growth(figures, CLOUD).churnedClients()).isEqualTo(1);
        assertThat(growth(figures, "Support").newClients()).isEqualTo(1);
        ScopeGrowth all = growth(figures, QuarterFigures.ALL_SEGMENTS);
        assertThat(all.newClients()).isZero();
        assertThat(all.churnedClients()).isZero();
        // Cloud stays listed in Growth though it billed nothing this quarter: (0 - 100) / 100
        assertThat(growth(figures, CLOUD).qoq()).isEqualByComparingTo("-1");
    }

    @Test
    void monthlySeriesCoversTheTrailingTwelveMonthsWithZerosForUnbilledMonths() {
        List<MonthlyRevenue> cloud = cohort().monthly().stream().filter(m -> m.scope().equals(CLOUD)).toList();

        assertThat(cloud).extracting(MonthlyRevenue::month).hasSize(12).startsWith(YearMonth.of(2023, 4))
                .endsWith(YearMonth.of(2024, 3));
        assertThat(cloud.get(0).revenue()).isEqualByComparingTo("0"); // April 2023: no billing
        assertThat(cloud.get(6).revenue()).isEqualByComparingTo("100"); // October 2023: A 100
        assertThat(cloud.get(9).revenue()).isEqualByComparingTo("30"); // January 2024: A 50 - E 20
        assertThat(cloud.get(10).revenue()).isEqualByComparingTo("150"); // February 2024: A 50 + C 100
        assertThat(cohort().monthly()).hasSize(24); // All segments and Cloud
        assertThat(cohort().monthly().get(0).scope()).isEqualTo(QuarterFigures.ALL_SEGMENTS);
    }
}
