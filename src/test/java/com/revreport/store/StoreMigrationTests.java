package com.revreport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A store written before V5 keeps every total and the newest client name when it is upgraded. */
class StoreMigrationTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void upgradeMovesClientNamesOntoTheTotalsKeysEachMonthAsARangeAndListsItsCurrencies(String database) {
        DataSource dataSource = StoreFixtures.store(database, dir);
        StoreFixtures.migrate(dataSource, "4");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("INSERT INTO billing_total (billing_month, client_id, segment, charge_type, currency, amount) VALUES "
                + "('2024-02', 'C1', 'AI', 'USAGE', 'USD', 200), ('2024-02', 'C1', 'AI', 'CREDIT', 'USD', -20), "
                + "('2024-01', 'C1', 'AI', 'USAGE', 'USD', 100.1), ('2024-01', 'C2', 'AI', 'USAGE', 'EUR', 50), "
                + "('2024-01', 'C3', 'AI', 'USAGE', 'USD', 7)").update();
        // C3 has no name row (no version wrote one, but the migration must not lose the total over it)
        jdbc.sql("INSERT INTO client_month_name (billing_month, client_id, client_name) VALUES "
                + "('2024-01', 'C1', 'Acme'), ('2024-02', 'C1', 'Acme Holdings'), ('2024-01', 'C2', 'Beta')").update();

        StoreFixtures.migrate(dataSource, "latest");

        // each month numbered from its own base, in (client, segment, charge type, currency) order
        assertThat(jdbc.sql("SELECT total_id, client_id, client_name, charge_type, amount FROM billing_total "
                + "ORDER BY total_id").query().listOfRows()).extracting(row -> List.copyOf(row.values()))
                .containsExactly(
                        List.of(202401000000001L, "C1", "Acme", "USAGE", new BigDecimal("100.100000000000")),
                        List.of(202401000000002L, "C2", "Beta", "USAGE", new BigDecimal("50.000000000000")),
                        List.of(202401000000003L, "C3", "C3", "USAGE", new BigDecimal("7.000000000000")),
                        List.of(202402000000001L, "C1", "Acme Holdings", "CREDIT", new BigDecimal("-20.000000000000")),
                        List.of(202402000000002L, "C1", "Acme Holdings", "USAGE", new BigDecimal("200.000000000000")));
        assertThat(RevenueStore.firstTotalId(YearMonth.of(2024, 2))).isEqualTo(202402000000000L);
        // Jan: C1, C2, C3; Feb: C1's usage and credit netted into one = 4 totals, all inside the V7 ranges
        assertThat(new StoreQueries(jdbc).billing().totals()).hasSize(4);
        // the newest month's name wins: Acme Holdings (2024-02) over Acme (2024-01)
        assertThat(new StoreQueries(jdbc).billing().clientNames()).containsEntry("C1", "Acme Holdings").containsEntry("C2", "Beta")
                .containsEntry("C3", "C3").hasSize(3);
        assertThat(new StoreQueries(jdbc).amountCurrencies()).containsExactly(
                java.util.Map.entry(YearMonth.of(2024, 1), new java.util.TreeSet<>(List.of("EUR", "USD"))),
                java.util.Map.entry(YearMonth.of(2024, 2), new java.util.TreeSet<>(List.of("USD"))));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = 'CLIENT_MONTH_NAME'")
                .query(Long.class).single()).isZero();
    }

    /**
     * Stores written before the scripts that differ by database moved to db/vendor/{vendor} recorded V1 and
     * V2 from db/migration: the same scripts, so the same checksums, and the store opens as it was.
     */
    @Test
    void anH2StoreMigratedWhenEveryScriptWasInOneFolderStillValidates() throws IOException {
        Path oneFolder = dir.resolve("scripts");
        Files.createDirectories(oneFolder);
        for (String script : List.of("db/vendor/h2/V1__revenue_store.sql", "db/vendor/h2/V2__totals_without_composite_keys.sql",
                "db/migration/V3__published_report_fingerprint.sql")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(script)) {
                Files.copy(in, oneFolder.resolve(Path.of(script).getFileName()));
            }
        }
        JdbcDataSource dataSource = StoreFixtures.fileStore(dir);
        Flyway.configure().dataSource(dataSource).locations("filesystem:" + oneFolder).load().migrate();

        StoreFixtures.migrate(dataSource, "latest");

        // V1 to V3 from the one folder, the rest from today's locations, none refused as changed
        assertThat(JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM \"flyway_schema_history\" "
                + "WHERE \"version\" IS NOT NULL AND \"success\"").query(Long.class).single())
                .isEqualTo(StoreFixtures.migrationCount(dataSource));
    }
}
