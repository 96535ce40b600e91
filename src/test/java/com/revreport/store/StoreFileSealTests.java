package com.revreport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * A store whose months were found whole is sealed as its database file stands once closed; the next
 * check takes the rows as found then only while the file is still that file, on a real H2 file store
 * (each statement here opens and closes the database, as a run does).
 */
class StoreFileSealTests {

    private static final YearMonth JANUARY = YearMonth.of(2024, 1);

    @TempDir
    Path dir;

    JdbcClient jdbc;

    @BeforeEach
    void storeWithJanuary() {
        JdbcDataSource dataSource = StoreFixtures.fileStore(dir);
        StoreFixtures.migrate(dataSource, "latest");
        jdbc = JdbcClient.create(dataSource);
        InputFile file = new InputFile(Path.of("billing-2024-01.csv"), "billing/billing-2024-01.csv", "0".repeat(64), JANUARY);
        List<ChargeTotal> totals = List.of(new ChargeTotal("C1", "AI", ChargeType.USAGE, "USD", new BigDecimal("100.10")),
                new ChargeTotal("C2", "AI", ChargeType.USAGE, "EUR", new BigDecimal("50")));
        new RevenueStore(jdbc, new JdbcTemplate(dataSource)).replaceMonth(new MonthLoad(JANUARY,
                List.of(new FileCounts(file, 2, 2, 0, 0)), totals, Map.of("C1", "Acme", "C2", "Beta"), List.of()), 1);
    }

    /** A run's check: the seal taken before the database opens, the months checked, the seal written at close. */
    private Map<YearMonth, String> checkAsARun(boolean fullCheck) {
        try (StoreFileSeal seal = StoreFileSeal.take(dir, fullCheck)) {
            return new StoredMonthChecks(jdbc, seal).damagedMonths();
        }
    }

    @Test
    void storeFoundWholeIsSealedWithTheTimeItsRowsWereRead() {
        Instant before = Instant.now();
        assertThat(checkAsARun(false)).isEmpty();

        assertThat(dir.resolve(StoreFileSeal.FILE)).isRegularFile();
        Instant sealed = StoreFileSeal.take(dir, false).sealedFullCheck(Instant.now());
        assertThat(sealed).isBetween(before, Instant.now());
        assertThat(dir.resolve(StoreFileSeal.FILE)).as("taken once").doesNotExist();
    }

    @Test
    void checkOnTheSealedFileDoesNotReadTheRowsAndSealsTheFullChecksTimeAgain() throws Exception {
        checkAsARun(false);
        String fullCheck = sealedLine("fullCheck=");

        // nothing wrote the file since the first check: this one rests on it
        assertThat(checkAsARun(false)).isEmpty();

        assertThat(sealedLine("fullCheck=")).isEqualTo(fullCheck);
    }

    private String sealedLine(String prefix) throws java.io.IOException {
        return Files.readAllLines(dir.resolve(StoreFileSeal.FILE)).stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow();
    }

    @Test
    void rowsChangedAfterTheSealAreFoundAndTheStoreIsNotSealed() {
        checkAsARun(false);
        jdbc.sql("DELETE FROM billing_total WHERE client_id = 'C2'").update();

        assertThat(checkAsARun(false)).containsExactly(Map.entry(JANUARY, "holds 1 billing totals where its load wrote 2"));

        assertThat(dir.resolve(StoreFileSeal.FILE)).doesNotExist();
    }

    @Test
    void aStoreWithoutAFolderFoundWholeClosesWithoutASeal() {
        // a PostgreSQL store: its months are checked and found whole, but there is no database file to seal
        StoreFileSeal seal = StoreFileSeal.none();
        seal.found(java.time.Instant.now());

        org.assertj.core.api.Assertions.assertThatCode(seal::close).doesNotThrowAnyException();
    }

    @Test
    void fullCheckSetsTheSealAside() {
        checkAsARun(false);

        StoreFileSeal seal = StoreFileSeal.take(dir, true);

        assertThat(seal.sealedFullCheck(Instant.now())).isNull();
        assertThat(dir.resolve(StoreFileSeal.FILE)).doesNotExist();
    }

    @Test
    void sealWhoseFullCheckIsAWeekOldIsNotTrusted() {
        checkAsARun(false);
        StoreFileSeal seal = StoreFileSeal.take(dir, false);

        assertThat(seal.sealedFullCheck(Instant.now().plus(StoreFileSeal.FULL_CHECK_EVERY).plus(Duration.ofMinutes(1))))
                .isNull();
    }

    @Test
    void sealOfAnotherFileIsNotTrusted() throws Exception {
        checkAsARun(false);
        // the store folder copied back as an operator restores it: the same bytes, another file
        Path database = dir.resolve("revreport.mv.db");
        Path copy = dir.resolve("copy.mv.db");
        Files.copy(database, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.move(copy, database, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(StoreFileSeal.take(dir, false).sealedFullCheck(Instant.now())).isNull();
    }
}
