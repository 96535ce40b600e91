package com.revreport.analysis;

import static com.revreport.analysis.Fixture.CLOUD;
import static com.revreport.analysis.Fixture.bd;
import static com.revreport.analysis.Fixture.client;
import static com.revreport.analysis.Fixture.concentration;
import static com.revreport.analysis.Fixture.share;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ConcentrationTests {

    @Test
    void singleClientSegmentIsFullyConcentrated() {
        QuarterFigures figures = new Fixture().bill("2024-01", "A", "100").bill("2024-02", "A", "200")
                .bill("2024-03", "A", "300").analyse();

        ConcentrationScope cloud = concentration(figures, CLOUD);
        assertThat(cloud.revenue()).isEqualByComparingTo("600"); // 100 + 200 + 300
        assertThat(cloud.clients()).singleElement().satisfies(a -> {
            assertThat(a.rank()).isEqualTo(1);
            assertThat(a.share()).isEqualByComparingTo("1"); // 600 / 600
            assertThat(a.cumulativeShare()).isEqualByComparingTo("1");
            assertThat(a.majorCustomer()).isTrue();
        });
        assertThat(cloud.hhi()).isEqualByComparingTo("10000"); // (100 x 1)^2
        assertThat(cloud.level()).isEqualTo(ConcentrationLevel.HIGH); // 10,000 > 1,800
        assertThat(cloud.top1Share()).isEqualByComparingTo("1");
        assertThat(cloud.top5Share()).isEqualByComparingTo("1"); // fewer than 5 clients: all of them
        assertThat(cloud.top10Share()).isEqualByComparingTo("1");
    }

    @Test
    void sharesCumulativeSharesTopSharesAndHhiOfThreeClients() {
        QuarterFigures figures = new Fixture().bill("2024-03", "B", "300").bill("2024-03", "C", "200")
                .bill("2024-03", "A", "500").analyse();

        ConcentrationScope cloud = concentration(figures, CLOUD);
        assertThat(cloud.clients()).extracting(ClientShare::clientId).containsExactly("A", "B", "C");
        assertThat(cloud.clients()).extracting(ClientShare::rank).containsExactly(1, 2, 3);
        // T = 500 + 300 + 200 = 1,000
        assertThat(share(cloud, "A").share()).isEqualByComparingTo("0.5"); // 500 / 1,000
        assertThat(share(cloud, "B").share()).isEqualByComparingTo("0.3"); // 300 / 1,000
        assertThat(share(cloud, "C").share()).isEqualByComparingTo("0.2"); // 200 / 1,000
        assertThat(share(cloud, "A").cumulativeShare()).isEqualByComparingTo("0.5");
        assertThat(share(cloud, "B").cumulativeShare()).isEqualByComparingTo("0.8"); // 0.5 + 0.3
        assertThat(share(cloud, "C").cumulativeShare()).isEqualByComparingTo("1"); // 0.8 + 0.2
        assertThat(cloud.top1Share()).isEqualByComparingTo("0.5");
        assertThat(cloud.top5Share()).isEqualByComparingTo("1");
        // 50^2 + 30^2 + 20^2 = 2,500 + 900 + 400 = 3,800
        assertThat(cloud.hhi()).isEqualByComparingTo("3800");
        assertThat(cloud.level()).isEqualTo(ConcentrationLevel.HIGH);
    }

    @Test
    void topFiveAndTopTenCountOnlyThatManyClients() {
        Fixture fixture = new Fixture();
        // twelve clients: C01 bills 12, C02 bills 11, ... C12 bills 1; T = 12 + 11 + ... + 1 = 78
        for (int i = 1; i <= 12; i++) {
            fixture.bill("2024-01", String.format("C%02d", i), String.valueOf(13 - i));
        }
        ConcentrationScope cloud = concentration(fixture.analyse(), CLOUD);

        assertThat(cloud.top1Share()).isEqualByComparingTo(ratio("12", "78"));
        assertThat(cloud.top5Share()).isEqualByComparingTo(ratio("50", "78")); // 12 + 11 + 10 + 9 + 8
        assertThat(cloud.top10Share()).isEqualByComparingTo(ratio("75", "78")); // 78 - 2 - 1
    }

    @Test
    void equalRevenueIsRankedByClientId() {
        QuarterFigures figures = new Fixture().bill("2024-01", "C-2", "100").bill("2024-01", "C-3", "50")
                .bill("2024-01", "C-1", "100").analyse();

        assertThat(concentration(figures, CLOUD).clients()).extracting(ClientShare::clientId)
                .containsExactly("C-1", "C-2", "C-3");
    }

    @Test
    void clientWithNetNegativeQuarterTakesNoPartInConcentrationButShowsInClients() {
        QuarterFigures figures = new Fixture().bill("2024-01", "A", "300").bill("2024-01", "B", "100")
                .bill("2024-01", "N", "50").bill("2024-02", "N", "-80").analyse();

        ConcentrationScope cloud = concentration(figures, CLOUD);
        assertThat(cloud.clients()).extracting(ClientShare::clientId).containsExactly("A", "B");
        assertThat(cloud.revenue()).isEqualByComparingTo("400"); // 300 + 100; N's -30 left out
        assertThat(share(cloud, "A").share()).isEqualByComparingTo("0.75"); // 300 / 400
        assertThat(cloud.hhi()).isEqualByComparingTo("6250"); // 75^2 + 25^2 = 5,625 + 625
        assertThat(client(figures, "N", CLOUD).quarter()).isEqualByComparingTo("-30"); // 50 - 80
    }

    @Test
    void clientWithZeroRevenueTakesNoPart() {
        QuarterFigures figures = new Fixture().bill("2024-01", "A", "100").bill("2024-01", "Z", "0").analyse();

        assertThat(concentration(figures, CLOUD).clients()).extracting(ClientShare::clientId).containsExactly("A");
    }

    @Test
    void majorCustomerHoldsAtLeastTheThresholdShare() {
        // T = 810 + 100 + 90 = 1,000
        QuarterFigures figures = new Fixture().bill("2024-01", "A", "810").bill("2024-01", "B", "100")
                .bill("2024-01", "C", "90").analyse();

        ConcentrationScope cloud = concentration(figures, CLOUD);
        assertThat(share(cloud, "B").majorCustomer()).isTrue(); // 100 / 1,000 = 0.10 >= 0.10
        assertThat(share(cloud, "C").majorCustomer()).isFalse(); // 90 / 1,000 = 0.09 < 0.10
    }

    @Test
    void levelFollowsTheConfiguredBands() {
        Fixture five = new Fixture();
        Fixture ten = new Fixture();
        for (int i = 1; i <= 10; i++) {
            if (i <= 5) {
                five.bill("2024-01", "C" + i, "100");
            }
            ten.bill("2024-01", "C" + i, "100");
        }
        // five equal clients: 5 x 20^2 = 2,000; ten equal clients: 10 x 10^2 = 1,000
        assertThat(concentration(five.analyse(), CLOUD).hhi()).isEqualByComparingTo("2000");
        assertThat(concentration(five.analyse(), CLOUD).level()).isEqualTo(ConcentrationLevel.HIGH); // > 1,800
        assertThat(concentration(ten.analyse(), CLOUD).level()).isEqualTo(ConcentrationLevel.MODERATE); // 1,000 to 1,800

        AnalysisSettings guidelines2010 = withBands(HhiBands.GUIDELINES_2010);
        assertThat(concentration(five.settings(guidelines2010).analyse(), CLOUD).level())
                .isEqualTo(ConcentrationLevel.MODERATE); // 1,500 to 2,500
        assertThat(concentration(ten.settings(guidelines2010).analyse(), CLOUD).level())
                .isEqualTo(ConcentrationLevel.LOW); // below 1,500
    }

    @Test
    void theUpperBandEdgesAreStillModerate() {
        // 300, 200 and five of 100 of T = 1,000: 30^2 + 20^2 + 5 x 10^2 = 900 + 400 + 500 = 1,800
        Fixture atEighteenHundred = new Fixture().bill("2024-01", "A", "300").bill("2024-01", "B", "200");
        for (int i = 1; i <= 5; i++) {
            atEighteenHundred.bill("2024-01", "C" + i, "100");
        }
        // four equal clients: 4 x 25^2 = 4 x 625 = 2,500
        Fixture atTwentyFiveHundred = new Fixture().bill("2024-01", "A", "100").bill("2024-01", "B", "100")
                .bill("2024-01", "C", "100").bill("2024-01", "D", "100");

        ConcentrationScope eighteen = concentration(atEighteenHundred.analyse(), CLOUD);
        assertThat(eighteen.hhi()).isEqualByComparingTo("1800");
        assertThat(eighteen.level()).isEqualTo(ConcentrationLevel.MODERATE); // HIGH is above 1,800
        ConcentrationScope twentyFive = concentration(atTwentyFiveHundred.settings(withBands(HhiBands.GUIDELINES_2010))
                .analyse(), CLOUD);
        assertThat(twentyFive.hhi()).isEqualByComparingTo("2500");
        assertThat(twentyFive.level()).isEqualTo(ConcentrationLevel.MODERATE); // 2010: HIGH is above 2,500
    }

    @Test
    void shareChangeIsAgainstThePriorQuarterAndBlankWhenTheClientHadNoPositiveRevenueThen() {
        QuarterFigures figures = new Fixture()
                // prior quarter FY2023-Q4: A 300, B 100, C -10 -> T = 400 (C takes no part)
                .bill("2023-10", "A", "300").bill("2023-11", "B", "100").bill("2023-12", "C", "-10")
                // this quarter: A 300, B 300, C 400 -> T = 1,000
                .bill("2024-01", "A", "300").bill("2024-02", "B", "300").bill("2024-03", "C", "400").analyse();

        ConcentrationScope cloud = concentration(figures, CLOUD);
        assertThat(share(cloud, "A").shareChange()).isEqualByComparingTo("-0.45"); // 0.30 - 300/400 (0.75)
        assertThat(share(cloud, "B").shareChange()).isEqualByComparingTo("0.05"); // 0.30 - 100/400 (0.25)
        assertThat(share(cloud, "C").shareChange()).isNull(); // -10 then: not a share
    }

    @Test
    void allSegmentsScopeComesFirstAndSumsAClientOverItsSegments() {
        QuarterFigures figures = new Fixture().bill("2024-01", "A", "Support", "50").bill("2024-01", "A", CLOUD, "100")
                .bill("2024-01", "B", CLOUD, "-20").bill("2024-01", "B", "Support", "70").analyse();

        assertThat(figures.concentration()).extracting(ConcentrationScope::scope)
                .containsExactly(QuarterFigures.ALL_SEGMENTS, CLOUD, "Support");
        ConcentrationScope all = concentration(figures, QuarterFigures.ALL_SEGMENTS);
        // A: 100 + 50 = 150; B: -20 + 70 = 50; T = 200
        assertThat(share(all, "A").share()).isEqualByComparingTo("0.75");
        assertThat(share(all, "B").share()).isEqualByComparingTo("0.25");
        // in Cloud alone B is net -20, so A holds it all
        assertThat(concentration(figures, CLOUD).clients()).extracting(ClientShare::clientId).containsExactly("A");
    }

    @Test
    void clientNamesComeFromTheInputAndFallBackToTheId() {
        QuarterFigures figures = new Fixture().name("A", "Acme Corp").bill("2024-01", "A", "100")
                .bill("2024-01", "B", "50").analyse();

        ConcentrationScope cloud = concentration(figures, CLOUD);
        assertThat(share(cloud, "A").clientName()).isEqualTo("Acme Corp");
        assertThat(share(cloud, "B").clientName()).isEqualTo("B");
    }

    private static BigDecimal ratio(String numerator, String denominator) {
        return bd(numerator).divide(bd(denominator), java.math.MathContext.DECIMAL128);
    }

    private static AnalysisSettings withBands(HhiBands bands) {
        AnalysisSettings d = AnalysisSettings.defaults(1);
        return new AnalysisSettings(d.reportingCurrency(), d.fiscalYearStartMonth(), d.absTolerance(), d.relTolerance(),
                bands, d.majorCustomerThreshold());
    }
}
