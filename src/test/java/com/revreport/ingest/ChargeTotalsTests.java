package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.revreport.ingest.csv.CsvHeader;
import com.revreport.ingest.csv.CsvRecord;

class ChargeTotalsTests {

    private final ChargeTotals totals = new ChargeTotals();

    private final BillingRules rules = new BillingRules(YearMonth.of(2024, 3), new LineIdSet());

    private final BillingRow row = new BillingRow("billing/billing-2024-03.csv",
            CsvHeader.of(BillingRules.COLUMNS, "billing/billing-2024-03.csv", BillingRules.COLUMNS));

    private long line = 1;

    /** Adds a line of March 2024 that passes the rules, as the text path reads one. */
    private void add(String clientId, String segment, String chargeType, String currency, String amount, String name) {
        line++;
        List<String> fields = List.of("L" + line, "2024-03", clientId, name, segment, chargeType, amount, currency);
        row.show(new CsvRecord(line, fields, String.join(",", fields)));
        assertThat(rules.check(row)).isNull();
        totals.add(row);
    }

    @Test
    void sumsExactlyAcrossTheLongRangeIntoBigDecimal() {
        // 999,999,999,999.999999 is 10^18 - 1 millionths; ten of them pass Long.MAX_VALUE (about 9.2 x 10^18)
        for (int i = 0; i < 10; i++) {
            add("C1", "AI", "USAGE", "USD", "999999999999.999999", "Acme");
        }
        add("C1", "AI", "USAGE", "USD", "1234567890123.5", "Acme"); // 13 whole digits
        add("C1", "AI", "USAGE", "USD", "0.000010", "Acme");

        // 10 x 999,999,999,999.999999 = 9,999,999,999,999.99999; + 1,234,567,890,123.5 + 0.00001
        assertThat(totals.totals()).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("11234567890123.500000"));
    }

    @Test
    void sumsAmountsBeyondTwelveWholeDigitsOfEitherSignExactly() {
        add("C1", "AI", "ADJUSTMENT", "USD", "-1234567890123.5", "Acme");
        add("C1", "AI", "ADJUSTMENT", "USD", "2000000000000.25", "Acme");
        add("C1", "AI", "ADJUSTMENT", "USD", "0.25", "Acme");

        // -1,234,567,890,123.5 + 2,000,000,000,000.25 + 0.25 = 765,432,109,877
        assertThat(totals.totals()).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("765432109877"));
    }

    @Test
    void keepsTheNameOfEachClientsLastLine() {
        add("C1", "AI", "USAGE", "USD", "1", "Old name");
        add("C1", "Subs", "SUBSCRIPTION", "USD", "1", "New name");
        add("C1", "AI", "CREDIT", "USD", "-1", "Newest name");
        add("C2", "AI", "USAGE", "EUR", "1", "Beta");

        assertThat(totals.clientNames()).containsEntry("C1", "Newest name").containsEntry("C2", "Beta").hasSize(2);
    }
}
