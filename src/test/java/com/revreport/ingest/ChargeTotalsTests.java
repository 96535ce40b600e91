package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import com.revreport.model.ChargeType;

class ChargeTotalsTests {

    @Test
    void sumsExactlyAcrossTheLongRangeIntoBigDecimal() {
        ChargeTotals totals = new ChargeTotals();
        // 999,999,999,999.999999 is 10^18 - 1 millionths; ten of them pass Long.MAX_VALUE (about 9.2 x 10^18)
        for (int i = 0; i < 10; i++) {
            totals.add("C1", "AI", ChargeType.USAGE, "USD", "999999999999.999999", "Acme");
        }
        totals.add("C1", "AI", ChargeType.USAGE, "USD", "1234567890123.5", "Acme"); // 13 whole digits
        totals.add("C1", "AI", ChargeType.USAGE, "USD", "0.000010", "Acme");

        // 10 x 999,999,999,999.999999 = 9,999,999,999,999.99999; + 1,234,567,890,123.5 + 0.00001
        assertThat(totals.totals()).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("11234567890123.500000"));
    }

    @Test
    void keepsTheNameOfEachClientsLastLine() {
        ChargeTotals totals = new ChargeTotals();
        totals.add("C1", "AI", ChargeType.USAGE, "USD", "1", "Old name");
        totals.add("C1", "Subs", ChargeType.SUBSCRIPTION, "USD", "1", "New name");
        totals.add("C1", "AI", ChargeType.CREDIT, "USD", "-1", "Newest name");
        totals.add("C2", "AI", ChargeType.USAGE, "EUR", "1", "Beta");

        assertThat(totals.clientNames()).containsEntry("C1", "Newest name").containsEntry("C2", "Beta").hasSize(2);
    }
}
