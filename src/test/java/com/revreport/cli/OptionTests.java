package com.revreport.cli;

import com.revreport.model.StoreLocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The options are defined once, in {@link Option}: the README's table, {@code --help}, the defaults
 * bound and the Run sheet's parameters all come from there.
 */
class OptionTests {

    @TempDir
    Path dir;

    @Test
    void readmeOptionsTableIsTheOneTheDefinitionsGenerate() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        int start = readme.indexOf("| option | default | meaning |");
        assertThat(start).as("README.md has the options table").isNotNegative();
        StringBuilder table = new StringBuilder();
        for (int i = start; i < readme.size() && readme.get(i).startsWith("|"); i++) {
            table.append(readme.get(i)).append('\n');
        }

        assertThat(table.toString()).as("README.md's options table; replace it with this text")
                .isEqualTo(Option.markdownTable());
    }

    @Test
    void helpShowsEachOptionsDefaultOnce() {
        String help = CommandLine.help();

        for (Option option : Option.values()) {
            assertThat(help).contains("--" + option.property());
            assertThat(help.lines().map(String::strip)).as("--%s's default", option.property())
                    .containsOnlyOnce("default: " + option.shownDefault());
        }
        assertThat(help.toLowerCase()).containsOnlyOnce("newest billing month");
    }

    @Test
    void optionsNotGivenBindTheirDefaults() throws IOException {
        RevReportOptions options = bindDefaultsButInputAndOutput();

        assertThat(options.storeLocation()).isEqualTo(new StoreLocation.H2Folder(Path.of("data")));
        assertThat(options.quarter()).isNull();
        assertThat(options.fiscalYearStartMonth()).isEqualTo(1);
        assertThat(options.reportingCurrency()).isEqualTo("USD");
        assertThat(options.maxRejectRatio()).isEqualTo(new BigDecimal("0.05"));
        assertThat(options.absTolerance()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(options.relTolerance()).isEqualTo(new BigDecimal("0.005"));
        assertThat(options.hhiBands()).isEqualTo("2023");
        assertThat(options.majorCustomerThreshold()).isEqualTo(new BigDecimal("0.10"));
        assertThat(options.template()).as("none: the built-in template").isNull();
        assertThat(options.schedule()).isFalse();
        assertThat(options.cron()).isEqualTo("0 0 2 * * *");
    }

    @Test
    void runParametersAreTheOptionsAWorkbookDependsOnInTheRunSheetsOrder() throws IOException {
        RevReportOptions options = bindDefaultsButInputAndOutput();

        Map<String, String> parameters = Option.runParameters(options);

        assertThat(parameters.keySet()).containsExactly("input", "billing-format", "output", "store", "quarter",
                "fiscal-year-start-month", "reporting-currency", "max-reject-ratio", "abs-tolerance", "rel-tolerance",
                "hhi-bands", "major-customer-threshold", "template");
        assertThat(parameters).containsEntry("input", dir.resolve("input").toAbsolutePath().toString())
                .containsEntry("store", Path.of("data").toAbsolutePath().toString())
                .containsEntry("quarter", "newest").containsEntry("abs-tolerance", "1000.00")
                .containsEntry("major-customer-threshold", "0.10").containsEntry("template", "built-in")
                .containsEntry("billing-format", "revreport");
    }

    /** The defaults as Spring binds them, but for a folder that exists and a folder that can be written. */
    private RevReportOptions bindDefaultsButInputAndOutput() throws IOException {
        Map<String, Object> given = new HashMap<>(Option.defaults());
        given.put(Option.INPUT.key(), Files.createDirectory(dir.resolve("input")).toString());
        given.put(Option.OUTPUT.key(), dir.resolve("output").toString());
        return new Binder(new MapConfigurationPropertySource(given)).bindOrCreate(Option.PREFIX, RevReportOptions.class);
    }
}
