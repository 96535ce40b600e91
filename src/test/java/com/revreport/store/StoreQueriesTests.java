package com.revreport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.revreport.model.BillingTotal;
import com.revreport.model.ChargeTotal;
import com.revreport.model.ChargeType;
import com.revreport.model.MonthLoad;
import com.revreport.model.Reject;
import com.revreport.model.RejectReason;

/**
 * The billing is read back in pages, month by month within each month's recorded key range; totals and
 * names must not depend on where a page ends, and a row outside the ranges is never counted.
 */
class StoreQueriesTests {

    private static final YearMonth JANUARY = YearMonth.of(2024, 1);

    private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);

    @TempDir
    Path dir;

    /** An empty store of the latest schema, on H2 or PostgreSQL: the SQL that writes and reads it differs by database. */
    private DataSource migratedStore(String database) {
        DataSource dataSource = StoreFixtures.store(database, dir);
        StoreFixtures.migrate(dataSource, "latest");
        return dataSource;
    }

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void readsBackEveryTotalAndTheNewestNameAcrossManyPages(String database) {
        DataSource dataSource = migratedStore(database);
        RevenueStore store = new RevenueStore(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
        // January: 30,000 clients with 1.50 of usage each. February: the first 15,000 again, each with 2 of
        // usage and a -0.50 credit (two rows a client, netting to 1.50) and a new name. 60,000 rows in all,
        // three pages of 20,000 and more
        List<ChargeTotal> january = new ArrayList<>();
        Map<String, String> januaryNames = new HashMap<>();
        for (int i = 0; i < 30_000; i++) {
            january.add(new ChargeTotal("C" + i, "AI", ChargeType.USAGE, "USD", new BigDecimal("1.50")));
            januaryNames.put("C" + i, "Client " + i);
        }
        List<ChargeTotal> february = new ArrayList<>();
        Map<String, String> februaryNames = new HashMap<>();
        for (int i = 0; i < 15_000; i++) {
            february.add(new ChargeTotal("C" + i, "AI", ChargeType.USAGE, "USD", new BigDecimal("2")));
            february.add(new ChargeTotal("C" + i, "AI", ChargeType.CREDIT, "USD", new BigDecimal("-0.50")));
            februaryNames.put("C" + i, "Renamed " + i);
        }
        store.replaceMonth(new MonthLoad(JANUARY, List.of(), january, januaryNames, List.of()), 1);
        store.replaceMonth(new MonthLoad(FEBRUARY, List.of(), february, februaryNames, List.of()), 1);

        // a row past February's recorded range, as a load cut short by kill -9 could leave behind
        JdbcClient.create(dataSource).sql("INSERT INTO billing_total (total_id, billing_month, client_id, client_name, "
                + "segment, charge_type, currency, amount) VALUES (202402000030001, '2024-02', 'C1', 'Ghost', 'AI', "
                + "'USAGE', 'USD', 1000)").update();

        StoredBilling billing = new StoreQueries(JdbcClient.create(dataSource)).billing();

        // 30,000 January totals + 15,000 February ones (usage and credit of a client netted into one)
        assertThat(billing.totals()).hasSize(45_000);
        assertThat(billing.totals()).filteredOn(t -> t.month().equals(FEBRUARY)).hasSize(15_000)
                .allSatisfy(t -> assertThat(t.amount()).isEqualByComparingTo("1.50"));
        // 45,000 x 1.50 = 67,500: the 1,000 outside the recorded range is not counted
        assertThat(billing.totals().stream().map(BillingTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("67500");
        assertThat(billing.clientNames()).hasSize(30_000).containsEntry("C0", "Renamed 0").containsEntry("C1", "Renamed 1")
                .containsEntry("C14999", "Renamed 14999").containsEntry("C15000", "Client 15000")
                .containsEntry("C29999", "Client 29999");
    }

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void aRejectKeepsItsMonthClientAmountAndCurrency(String database) {
        DataSource dataSource = migratedStore(database);
        RevenueStore store = new RevenueStore(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
        Reject invalid = new Reject(JANUARY, "billing-2024-01.csv", 8, RejectReason.INVALID_AMOUNT,
                "amount '1,000.00' ...", "L6,2024-01,C6,Zeta,AI,USAGE,\"1,000.00\",USD", "C6", null, "USD");
        Reject credit = new Reject(JANUARY, "billing-2024-01.csv", 9, RejectReason.SIGN_MISMATCH,
                "CREDIT amount 25.50 is above zero", "L7,2024-01,C7,Eta,AI,CREDIT,25.50,EUR", "C7",
                new BigDecimal("25.50"), "EUR");
        Reject malformed = new Reject(JANUARY, "billing-2024-01.csv", 4, RejectReason.MALFORMED_ROW,
                "expected 8 fields", "L2,2024-01,C2,Beta,AI,USAGE,5");
        store.replaceMonth(new MonthLoad(JANUARY, List.of(), List.of(), Map.of(), List.of(invalid, credit, malformed)), 1);

        List<Reject> back = new StoreQueries(JdbcClient.create(dataSource)).rejects(List.of(JANUARY));

        // ordered by file and line: the malformed row (line 4) has no client or amount to tell; the store's
        // twelve decimals give 25.50 back as 25.500000000000, the same amount
        assertThat(back).usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactly(malformed, invalid, credit);
    }

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void aMonthLoadedAgainReplacesItsTotalsRangeAndRecord(String database) {
        DataSource dataSource = migratedStore(database);
        RevenueStore store = new RevenueStore(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
        store.replaceMonth(new MonthLoad(JANUARY, List.of(), List.of(
                new ChargeTotal("C1", "AI", ChargeType.USAGE, "USD", new BigDecimal("10.25")),
                new ChargeTotal("C2", "AI", ChargeType.USAGE, "EUR", new BigDecimal("3"))), Map.of("C1", "Acme", "C2", "Beta"),
                List.of()), 1);

        // loaded again from a corrected file: one total left, in another amount
        store.replaceMonth(new MonthLoad(JANUARY, List.of(), List.of(
                new ChargeTotal("C1", "AI", ChargeType.USAGE, "USD", new BigDecimal("7.50"))), Map.of("C1", "Acme"),
                List.of()), 2);

        StoredBilling billing = new StoreQueries(JdbcClient.create(dataSource)).billing();
        assertThat(billing.totals()).singleElement().satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("7.50"));
        // the range and the record of the load were replaced with the month (MERGE's update branch): 1 row from
        // 202401000000001, and the rows match their record
        assertThat(JdbcClient.create(dataSource).sql("SELECT first_id, last_id FROM billing_month_range").query()
                .singleRow()).containsEntry("first_id", 202401000000001L).containsEntry("last_id", 202401000000001L);
        assertThat(JdbcClient.create(dataSource).sql("SELECT total_rows FROM billing_month_check").query(Long.class)
                .single()).isEqualTo(1L);
        assertThat(new StoreQueries(JdbcClient.create(dataSource)).amountCurrencies())
                .containsExactly(Map.entry(JANUARY, new java.util.TreeSet<>(List.of("USD"))));
    }
}
