package com.revreport.analysis;

import static com.revreport.analysis.Fixture.CLOUD;
import static com.revreport.analysis.Fixture.client;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ClientRevenueTests {

    @Test
    void eachClientAndSegmentHasItsMonthsQuarterAndComparisons() {
        QuarterFigures figures = new Fixture().name("A", "Acme")
                .bill("2024-01", "A", "10").bill("2024-02", "A", "20").bill("2024-03", "A", "30")
                .bill("2023-10", "A", "40") // prior quarter
                .bill("2023-02", "A", "50") // prior-year quarter
                .bill("2024-02", "A", "Support", "5").analyse();

        ClientRevenue cloud = client(figures, "A", CLOUD);
        assertThat(cloud.clientName()).isEqualTo("Acme");
        assertThat(cloud.months()).containsExactly(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("30"));
        assertThat(cloud.quarter()).isEqualByComparingTo("60"); // 10 + 20 + 30
        assertThat(cloud.priorQuarter()).isEqualByComparingTo("40");
        assertThat(cloud.qoq()).isEqualByComparingTo("0.5"); // (60 - 40) / 40
        assertThat(cloud.priorYearQuarter()).isEqualByComparingTo("50");
        assertThat(cloud.yoy()).isEqualByComparingTo("0.2"); // (60 - 50) / 50

        ClientRevenue support = client(figures, "A", "Support");
        assertThat(support.quarter()).isEqualByComparingTo("5");
        assertThat(support.qoq()).isNull(); // no Support revenue in the prior quarter
        assertThat(support.yoy()).isNull();
    }

    @Test
    void clientWhoStoppedBillingIsStillListedSoColumnsAddUpToTheScope() {
        // only January is in range, so October is the prior quarter it is compared with
        QuarterFigures figures = new Fixture().bill("2023-10", "GONE", "100").bill("2024-01", "A", "100").analyse();

        ClientRevenue gone = client(figures, "GONE", CLOUD);
        assertThat(gone.quarter()).isEqualByComparingTo("0");
        assertThat(gone.qoq()).isEqualByComparingTo("-1"); // (0 - 100) / 100
        BigDecimal priorColumn = figures.clients().stream().map(ClientRevenue::priorQuarter).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        // GONE's 100 in October and A's nothing then: the column adds up to the scope's 100
        assertThat(priorColumn).isEqualByComparingTo("100");
        assertThat(Fixture.growth(figures, CLOUD).priorQuarter()).isEqualByComparingTo("100");
    }

    @Test
    void rowsAreOrderedByClientIdThenSegment() {
        QuarterFigures figures = new Fixture().bill("2024-01", "B", CLOUD, "1").bill("2024-01", "A", "Support", "1")
                .bill("2024-01", "A", CLOUD, "1").analyse();

        assertThat(figures.clients()).extracting(c -> c.clientId() + "/" + c.segment())
                .containsExactly("A/Cloud", "A/Support", "B/Cloud");
    }
}
