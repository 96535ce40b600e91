package com.revreport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import com.revreport.close.Changes;
import com.revreport.close.QuarterVersion;
import com.revreport.close.ReportedFigure;
import com.revreport.close.SignOff;
import com.revreport.close.SignedOffQuarter;
import com.revreport.close.VersionInput;
import com.revreport.close.VersionRecord;

/** The close's history in a real store of the latest schema, H2 and PostgreSQL alike (V16). */
class QuarterVersionsTests {

    private static final List<YearMonth> Q3 = List.of(YearMonth.parse("2024-01"), YearMonth.parse("2024-02"),
            YearMonth.parse("2024-03"));

    @TempDir
    Path dir;

    private QuarterVersions versions(String database) {
        DataSource dataSource = StoreFixtures.store(database, dir);
        StoreFixtures.migrate(dataSource, "latest");
        return new QuarterVersions(JdbcClient.create(dataSource), new JdbcTemplate(dataSource),
                new DataSourceTransactionManager(dataSource));
    }

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void aVersionComesBackWithItsFiguresInputsAndOptionsAsRecorded(String database) {
        QuarterVersions versions = versions(database);
        // a ratio of 34 digits is kept to twelve places (ReportedFigures rounds before it is recorded)
        List<ReportedFigure> figures = List.of(
                new ReportedFigure("Revenue", "All segments", "FY2024-Q3", new BigDecimal("256133931.27"), null),
                new ReportedFigure("QoQ", "All segments", "FY2024-Q3", new BigDecimal("0.478419876543"), null),
                new ReportedFigure("Status", "GPU Infrastructure", "2024-02", null, "MISSING_LEDGER"),
                new ReportedFigure("YoY", "New segment", "FY2024-Q3", null, null));
        // an export that spans two months is an input of each
        List<VersionInput> inputs = List.of(
                new VersionInput("BILLING", YearMonth.parse("2024-01"), "billing/export.csv", "a".repeat(64)),
                new VersionInput("BILLING", YearMonth.parse("2024-02"), "billing/export.csv", "a".repeat(64)),
                new VersionInput("LEDGER", null, "ledger/ledger.csv", "b".repeat(64)));
        Map<String, String> options = Map.of("reporting-currency", "USD", "input", "/data/in=put\nline", "note", "");
        VersionRecord record = new VersionRecord(new QuarterVersion(1, Instant.parse("2024-04-05T09:00:00Z"), List.of()),
                figures, inputs, options, "1.4.0");

        versions.add("FY2024-Q3", record, Q3, 7, "/out/FY2024-Q3/revenue-report-FY2024-Q3.xlsx", "c".repeat(64));

        VersionRecord back = versions.record("FY2024-Q3", 1).orElseThrow();
        assertThat(back.version()).isEqualTo(record.version());
        assertThat(back.inputs()).containsExactlyElementsOf(inputs);
        assertThat(back.parameters()).isEqualTo(options);
        assertThat(back.applicationVersion()).isEqualTo("1.4.0");
        assertThat(back.figures()).extracting(ReportedFigure::figure, ReportedFigure::scope, ReportedFigure::period,
                ReportedFigure::text).containsExactlyElementsOf(figures.stream().map(f -> org.assertj.core.groups.Tuple
                        .tuple(f.figure(), f.scope(), f.period(), f.text())).toList());
        // the store pads numbers to its scale: the same values all the same
        assertThat(Changes.same(figures, back.figures())).isTrue();
        assertThat(back.figures().get(1).number()).isEqualByComparingTo("0.478419876543");
        assertThat(versions.recordedBy(7)).containsExactly(new QuarterVersions.Publication("FY2024-Q3", 1,
                "/out/FY2024-Q3/revenue-report-FY2024-Q3.xlsx", "c".repeat(64)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void signOffsAreKeptInOrderAndASecondOfTheSameVersionIsASecondReviewer(String database) {
        QuarterVersions versions = versions(database);
        versions.add("FY2024-Q3", record(1, "2024-04-05T09:00:00Z"), Q3, 1, "/out/a.xlsx", "c".repeat(64));
        versions.add("FY2024-Q3", record(2, "2024-04-12T09:00:00Z"), Q3, 2, "/out/a.xlsx", "d".repeat(64));

        versions.signOff("FY2024-Q3", 1, new SignOff("M. Keller", Instant.parse("2024-04-06T10:00:00Z"), "first"),
                "/out/a.xlsx", "x", "y");
        versions.signOff("FY2024-Q3", 2, new SignOff("M. Keller", Instant.parse("2024-04-13T08:00:00Z"), null),
                "/out/a.xlsx", "x", "y");
        versions.signOff("FY2024-Q3", 2, new SignOff("J. Ortiz", Instant.parse("2024-04-13T09:30:00Z"), "sample 7"),
                "/out/a.xlsx", "x", "y");

        List<QuarterVersion> history = versions.history("FY2024-Q3");
        assertThat(history).extracting(QuarterVersion::number).containsExactly(2, 1);
        assertThat(history.get(0).signedOffBy()).isEqualTo("M. Keller, J. Ortiz");
        assertThat(history.get(0).signedOffAt()).isEqualTo("2024-04-13T08:00:00Z, 2024-04-13T09:30:00Z");
        assertThat(history.get(1).signOffs()).containsExactly(new SignOff("M. Keller",
                Instant.parse("2024-04-06T10:00:00Z"), "first"));
        List<SignedOffQuarter> signed = versions.signedOff();
        assertThat(signed).hasSize(1);
        assertThat(signed.get(0).version().number()).isEqualTo(2);
        assertThat(signed.get(0).months()).containsExactlyElementsOf(Q3);
    }

    @ParameterizedTest
    @ValueSource(strings = { "h2", "postgresql" })
    void aVersionTakenBackLeavesNothingOfItself(String database) {
        QuarterVersions versions = versions(database);
        versions.add("FY2024-Q3", record(1, "2024-04-05T09:00:00Z"), Q3, 1, "/out/a.xlsx", "c".repeat(64));
        versions.add("FY2024-Q3", record(2, "2024-04-12T09:00:00Z"), Q3, 2, "/out/a.xlsx", "d".repeat(64));

        versions.remove("FY2024-Q3", 2);

        assertThat(versions.history("FY2024-Q3")).extracting(QuarterVersion::number).containsExactly(1);
        assertThat(versions.record("FY2024-Q3", 2)).isEmpty();
        assertThat(versions.recordedBy(2)).isEmpty();
        // the next version is 2 again, its figures alone
        versions.add("FY2024-Q3", record(2, "2024-04-12T10:00:00Z"), Q3, 3, "/out/a.xlsx", "e".repeat(64));
        assertThat(versions.record("FY2024-Q3", 2).orElseThrow().figures()).hasSize(1);
    }

    private static VersionRecord record(int number, String published) {
        return new VersionRecord(new QuarterVersion(number, Instant.parse(published), List.of()),
                List.of(new ReportedFigure("Revenue", "All segments", "FY2024-Q3", new BigDecimal(number + "00.00"), null)),
                List.of(), Map.of(), "1.4.0");
    }
}
