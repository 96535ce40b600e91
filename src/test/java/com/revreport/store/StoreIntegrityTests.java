package com.revreport.store;

import com.revreport.cli.ExitCodes;
import com.revreport.testing.StoreFiles;
import com.revreport.testing.WorkbookTables;

import static com.revreport.testing.StoreFiles.BILLING_HEADER;
import static com.revreport.testing.StoreFiles.query;
import static com.revreport.testing.StoreFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.RevReportApplication;
import com.revreport.ingest.Sha256;

/**
 * The whole application in this JVM on real CSV files and a real H2 file store, damaged between runs
 * the way a disk, a restore or a hand in the database would: what the next run does with it.
 */
class StoreIntegrityTests {

    @TempDir
    Path dir;

    Path input;

    Path store;

    Path workbook;

    @BeforeEach
    void input() throws IOException {
        input = dir.resolve("input");
        store = dir.resolve("store");
        workbook = dir.resolve("output/FY2024-Q1/revenue-report-FY2024-Q1-QTD.xlsx");
        StoreFiles.writeJanuaryAndFebruary(input);
    }

    private int run() {
        return RevReportApplication.run("--input=" + input, "--store=" + store, "--output=" + dir.resolve("output"));
    }

    private BigDecimal billed(String month) throws IOException {
        return (BigDecimal) WorkbookTables.row(WorkbookTables.rows(workbook, "tblReconciliation"), "Segment", "AI",
                "Month", month).get("Billed");
    }

    @Test
    void monthWhoseRowsWereDeletedIsLoadedAgainFromItsFiles() throws Exception {
        assertThat(run()).isZero();
        StoreFiles.execute(store, "DELETE FROM billing_total WHERE billing_month = '2024-02'");
        // the workbook is recomputed from the store, not kept as current
        Files.delete(workbook);

        assertThat(run()).isZero();

        // February: 200 usage - 20 credit = 180; January: 100.10 + 50 EUR x 1.1 = 155.10; quarter 335.10
        assertThat(billed("2024-02")).isEqualByComparingTo("180");
        assertThat(billed("2024-01")).isEqualByComparingTo("155.10");
        assertThat(billed("FY2024-Q1")).isEqualByComparingTo("335.10");
        assertThat(query(store, "SELECT billing_month, action FROM run_file WHERE run_id = ? AND kind = 'BILLING' "
                + "ORDER BY billing_month", StoreFiles.latestRunId(store)))
                .containsExactly(List.of("2024-01", "UNCHANGED"), List.of("2024-02", "RELOADED"));
    }

    @Test
    void monthWhoseKeyRangeWasDeletedIsLoadedAgainFromItsFiles() throws Exception {
        assertThat(run()).isZero();
        StoreFiles.execute(store, "DELETE FROM billing_month_range WHERE billing_month = '2024-01'");
        Files.delete(workbook);

        assertThat(run()).isZero();

        // without its range January would be read as empty: 100.10 + 50 x 1.1 = 155.10, as booked
        assertThat(billed("2024-01")).isEqualByComparingTo("155.10");
        assertThat(billed("FY2024-Q1")).isEqualByComparingTo("335.10");
    }

    @Test
    void archivedMonthWhoseRowsWereDeletedFailsTheRunNamingItAndKeepsTheWorkbook() throws Exception {
        assertThat(run()).isZero();
        Files.delete(input.resolve("billing/billing-2024-01.csv"));
        // January archived: kept as loaded, the workbook still current
        assertThat(run()).isZero();
        String published = Sha256.of(workbook);
        StoreFiles.execute(store, "DELETE FROM billing_total WHERE billing_month = '2024-01' AND client_id = 'C2'");

        assertThat(run()).isEqualTo(ExitCodes.FAILED);

        assertThat(StoreFiles.runMessage(store)).isEqualTo("stored month 2024-01 holds 1 billing totals where its load "
                + "wrote 2, and its billing files are no longer in the input to load it again from; put back the copy of "
                + "the whole store folder, or the month's files as they were loaded (billing/billing-2024-01.csv)");
        assertThat(Sha256.of(workbook)).isEqualTo(published);

        // the file put back as it was loaded: January is whole again
        write(input, "billing/billing-2024-01.csv", BILLING_HEADER + "J1,2024-01,C1,Acme,AI,USAGE,100.10,USD\n"
                + "J2,2024-01,C2,Beta,AI,USAGE,50,EUR\n");
        Files.delete(workbook);
        assertThat(run()).isZero();
        assertThat(billed("2024-01")).isEqualByComparingTo("155.10");
    }

    @Test
    void storeOfAnEarlierVersionIsAdoptedAndItsMonthsRecorded() throws Exception {
        assertThat(run()).isZero();
        // as a version before store identities and month records left it: schema V7, no identity, no marker
        StoreFiles.execute(store, "DROP SCHEMA store_meta CASCADE");
        StoreFiles.execute(store, "DROP TABLE billing_month_check");
        StoreFiles.execute(store, "ALTER TABLE billing_reject DROP COLUMN client_id");
        StoreFiles.execute(store, "ALTER TABLE billing_reject DROP COLUMN amount_as_written");
        StoreFiles.execute(store, "ALTER TABLE billing_reject DROP COLUMN amount");
        StoreFiles.execute(store, "ALTER TABLE billing_reject DROP COLUMN currency");
        StoreFiles.execute(store, "DROP TABLE input_file_hash");
        StoreFiles.execute(store, "ALTER TABLE loaded_file DROP COLUMN rows_excluded");
        StoreFiles.execute(store, "ALTER TABLE run_file DROP COLUMN rows_excluded");
        StoreFiles.execute(store, "DROP TABLE billing_file_month");
        StoreFiles.execute(store, "ALTER TABLE loaded_file DROP CONSTRAINT loaded_file_per_month");
        StoreFiles.execute(store, "ALTER TABLE loaded_file ADD PRIMARY KEY (kind, file_name)");
        for (String table : List.of("quarter_sign_off", "quarter_version_input", "quarter_version_figure",
                "quarter_version")) {
            StoreFiles.execute(store, "DROP TABLE " + table);
        }
        StoreFiles.execute(store, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('8', '9', '10', '11', "
                + "'12', '13', '14', '15', '16')");
        Files.delete(store.resolve("revreport.identity"));

        assertThat(run()).isZero();

        // adopted at generation 0, then advanced by the run itself
        Map<String, String> marker = marker();
        assertThat(marker).containsEntry("generation", "1");
        assertThat(query(store, "SELECT store_id, generation FROM store_meta.store_identity"))
                .containsExactly(List.of(marker.get("id"), 1L));
        assertThat(query(store, "SELECT billing_month, total_rows FROM billing_month_check ORDER BY 1"))
                .containsExactly(List.of("2024-01", 2L), List.of("2024-02", 2L));
        assertThat(query(store, "SELECT DISTINCT action FROM run_file WHERE run_id = ?", StoreFiles.latestRunId(store)))
                .containsExactly(List.of("UNCHANGED"));
    }

    @Test
    void runStoppedBetweenTheDatabaseAndTheMarkerIsRepaired() throws Exception {
        assertThat(run()).isZero();
        assertThat(marker()).containsEntry("generation", "1");
        // the database's generation written and synced, the process gone before the marker followed
        StoreFiles.execute(store, "UPDATE store_meta.store_identity SET generation = generation + 1");

        assertThat(run()).isZero();

        assertThat(marker()).containsEntry("generation", "3");
        assertThat(query(store, "SELECT generation FROM store_meta.store_identity")).containsExactly(List.of(3L));
    }

    @Test
    void emptyDatabaseWithoutMarkerIsRefusedRatherThanFilled() throws Exception {
        Files.createDirectories(store);
        // what H2 makes of a file cut short, or an earlier version's store whose first run never got going
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + store.resolve("revreport"), "sa", "")) {
            connection.createStatement().execute("CHECKPOINT");
        }

        assertThat(run()).isEqualTo(ExitCodes.FAILED);

        assertThat(store.resolve("revreport.identity")).doesNotExist();
        assertThat(query(store, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
                .containsExactly(List.of(0L));
    }

    private Map<String, String> marker() throws IOException {
        return Files.readAllLines(store.resolve("revreport.identity")).stream().filter(l -> l.contains("="))
                .map(l -> l.split("=", 2)).collect(java.util.stream.Collectors.toMap(p -> p[0], p -> p[1]));
    }
}
