package com.revreport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.revreport.model.ChargeTotal;
import com.revreport.model.ChargeType;
import com.revreport.model.FileCounts;
import com.revreport.model.InputFile;
import com.revreport.model.MonthLoad;

/**
 * Each month's load records its row count and checksum; a month whose stored rows, key range or record
 * went missing or changed since is named, and a store upgraded from before the records gets them.
 */
class StoredMonthChecksTests {

    private static final YearMonth JANUARY = YearMonth.of(2024, 1);

    private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);

    @TempDir
    Path dir;

    JdbcClient jdbc;

    StoredMonthChecks checks;

    @BeforeEach
    void store() {
        JdbcDataSource dataSource = StoreFixtures.fileStore(dir);
        StoreFixtures.migrate(dataSource, "latest");
        jdbc = JdbcClient.create(dataSource);
        checks = new StoredMonthChecks(jdbc);
        RevenueStore store = new RevenueStore(jdbc, new JdbcTemplate(dataSource));
        store.replaceMonth(month(JANUARY, new ChargeTotal("C1", "AI", ChargeType.USAGE, "USD", new BigDecimal("100.10")),
                new ChargeTotal("C2", "AI", ChargeType.USAGE, "EUR", new BigDecimal("50"))), 1);
        store.replaceMonth(month(FEBRUARY, new ChargeTotal("C1", "AI", ChargeType.USAGE, "USD", new BigDecimal("200")),
                new ChargeTotal("C1", "AI", ChargeType.CREDIT, "USD", new BigDecimal("-20"))), 1);
    }

    private static MonthLoad month(YearMonth month, ChargeTotal... totals) {
        InputFile file = new InputFile(Path.of("billing-" + month + ".csv"), "billing/billing-" + month + ".csv",
                "0".repeat(64), month);
        return new MonthLoad(month, List.of(new FileCounts(file, totals.length, totals.length, 0, 0)), List.of(totals),
                Map.of("C1", "Acme", "C2", "Beta"), List.of());
    }

    @Test
    void monthsAsTheirLoadsWroteThemAreWhole() {
        assertThat(jdbc.sql("SELECT billing_month, total_rows FROM billing_month_check ORDER BY 1").query().listOfRows())
                .extracting(row -> List.copyOf(row.values())).containsExactly(List.of("2024-01", 2L), List.of("2024-02", 2L));
        assertThat(checks.damagedMonths()).isEmpty();
    }

    @Test
    void monthWithARowDeletedIsNamedWithItsCounts() {
        jdbc.sql("DELETE FROM billing_total WHERE billing_month = '2024-02' AND charge_type = 'CREDIT'").update();

        assertThat(checks.damagedMonths()).containsExactly(
                Map.entry(FEBRUARY, "holds 1 billing totals where its load wrote 2"));
    }

    @Test
    void monthWithAnAmountOrANameChangedIsNamed() {
        jdbc.sql("UPDATE billing_total SET amount = 100.11 WHERE billing_month = '2024-01' AND client_id = 'C1'").update();
        jdbc.sql("UPDATE billing_total SET client_name = 'Other' WHERE billing_month = '2024-02' AND charge_type = 'USAGE'")
                .update();

        assertThat(checks.damagedMonths()).containsOnlyKeys(JANUARY, FEBRUARY)
                .containsEntry(JANUARY, "holds billing totals that differ from those its load wrote");
    }

    @Test
    void monthThatLostItsKeyRangeOrItsRecordIsNamed() {
        jdbc.sql("DELETE FROM billing_month_range WHERE billing_month = '2024-01'").update();
        jdbc.sql("DELETE FROM billing_month_check WHERE billing_month = '2024-02'").update();

        assertThat(checks.damagedMonths()).containsExactly(
                Map.entry(JANUARY, "has lost its key range (billing_month_range)"),
                Map.entry(FEBRUARY, "has lost the record of its load (billing_month_check)"));
    }

    @Test
    void rowLeftPastTheRecordedRangeIsNotCountedAsTheMonths() {
        // as a load killed with kill -9 may leave behind: the figures never read it, so the month is whole
        jdbc.sql("INSERT INTO billing_total (total_id, billing_month, client_id, client_name, segment, charge_type, "
                + "currency, amount) VALUES (202402000000003, '2024-02', 'C9', 'Ghost', 'AI', 'USAGE', 'USD', 5)").update();

        assertThat(checks.damagedMonths()).isEmpty();
    }

    @Test
    void upgradeRecordsTheMonthsAlreadyStoredAsTheyAre() {
        Path old = dir.resolve("old");
        JdbcDataSource dataSource = StoreFixtures.fileStore(old);
        StoreFixtures.migrate(dataSource, "7");
        JdbcClient oldStore = JdbcClient.create(dataSource);
        oldStore.sql("INSERT INTO billing_total (total_id, billing_month, client_id, client_name, segment, charge_type, "
                + "currency, amount) VALUES (202402000000001, '2024-02', 'C1', 'Acme', 'AI', 'CREDIT', 'USD', -20), "
                + "(202402000000002, '2024-02', 'C1', 'Acme', 'AI', 'USAGE', 'USD', 200)").update();
        oldStore.sql("INSERT INTO billing_month_range (billing_month, first_id, last_id) VALUES "
                + "('2024-02', 202402000000001, 202402000000002)").update();
        oldStore.sql("INSERT INTO loaded_file (kind, file_name, billing_month, sha256, rows_read, rows_accepted, "
                + "rows_rejected, run_id, loaded_at) VALUES ('BILLING', 'billing/billing-2024-02.csv', '2024-02', ?, 2, 2, "
                + "0, 1, CURRENT_TIMESTAMP)").param("0".repeat(64)).update();

        StoreFixtures.migrate(dataSource, "latest");

        // the same two totals as the February this test's own store loaded: the same record, worked out by V9
        assertThat(oldStore.sql("SELECT total_rows, checksum FROM billing_month_check").query().listOfRows())
                .extracting(row -> List.copyOf(row.values())).containsExactly(jdbc.sql("SELECT total_rows, checksum "
                        + "FROM billing_month_check WHERE billing_month = '2024-02'").query().listOfRows().stream()
                        .map(row -> List.copyOf(row.values())).findFirst().orElseThrow());
        StoredMonthChecks upgraded = new StoredMonthChecks(oldStore);
        assertThat(upgraded.damagedMonths()).isEmpty();
        oldStore.sql("DELETE FROM billing_total WHERE total_id = 202402000000002").update();
        assertThat(upgraded.damagedMonths()).containsOnlyKeys(FEBRUARY);
    }
}
