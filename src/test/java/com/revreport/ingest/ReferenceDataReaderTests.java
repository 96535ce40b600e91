package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import com.revreport.model.FileCounts;
import com.revreport.model.InputFile;
import com.revreport.model.InputException;

class ReferenceDataReaderTests {

    @TempDir
    Path dir;

    private final ReferenceDataReader reader = new ReferenceDataReader();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-01,EUR,0              | fx/fx.csv line 2: rate 0 must be above zero",
            "2024-01,EUR,-1.1           | fx/fx.csv line 2: rate '-1.1' is not a plain decimal with up to 12 decimals",
            "2024-01,EUR,1.1234567890123 | fx/fx.csv line 2: rate '1.1234567890123' is not a plain decimal with up to 12 decimals",
            "2024-13,EUR,1.1            | fx/fx.csv line 2: month '2024-13' is not YYYY-MM",
            "2024-01,EURO,1.1           | fx/fx.csv line 2: currency 'EURO' is not an ISO 4217 code" })
    void refusesABadRateNamingFileLineAndReason(String row, String message) throws IOException {
        InputFile file = write("fx/fx.csv", "month,currency,rate\n" + row.strip() + "\n");

        assertThatThrownBy(() -> reader.readRates(List.of(file))).isInstanceOf(InputException.class).hasMessage(message);
    }

    @Test
    void refusesASecondRateForTheSameMonthAndCurrency() throws IOException {
        InputFile file = write("fx/fx.csv", "month,currency,rate\n2024-01,EUR,1.1\n2024-01,EUR,1.2\n");

        assertThatThrownBy(() -> reader.readRates(List.of(file))).isInstanceOf(InputException.class)
                .hasMessage("fx/fx.csv line 3: duplicate rate for 2024-01 / EUR (first at fx/fx.csv line 2)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-01,AI,1;000,USD     | ledger/ledger.csv line 2: revenue '1;000' is not a plain decimal (optional -, 1 to 18 digits, up to 6 decimals, no separators)",
            "2024-01,AI,10,usd        | ledger/ledger.csv line 2: currency 'usd' is not an ISO 4217 code",
            "2024-01,,10,USD          | ledger/ledger.csv line 2: segment is blank" })
    void refusesABadLedgerRow(String row, String message) throws IOException {
        InputFile file = write("ledger/ledger.csv", "month,segment,revenue,currency\n" + row.strip() + "\n");

        assertThatThrownBy(() -> reader.readLedger(List.of(file))).isInstanceOf(InputException.class).hasMessage(message);
    }

    @Test
    void refusesALedgerWithoutItsRevenueColumn() throws IOException {
        InputFile file = write("ledger/ledger.csv", "month,segment,currency\n2024-01,AI,USD\n");

        assertThatThrownBy(() -> reader.readLedger(List.of(file))).isInstanceOf(InputException.class)
                .hasMessage("ledger/ledger.csv: required column 'revenue' is missing");
    }

    @Test
    void refusesALedgerOrRatesWhoseHeaderNamesARequiredColumnTwice() throws IOException {
        InputFile ledger = write("ledger/ledger.csv", "month,segment,Revenue,currency,REVENUE\n2024-01,AI,1,USD,2\n");
        InputFile rates = write("fx/fx.csv", "month,currency,rate, Rate\n2024-01,EUR,1.1,1.2\n");

        assertThatThrownBy(() -> reader.readLedger(List.of(ledger))).isInstanceOf(InputException.class)
                .hasMessage("ledger/ledger.csv: column 'revenue' appears twice in the header, "
                        + "as 'Revenue' (field 3) and 'REVENUE' (field 5); keep one");
        assertThatThrownBy(() -> reader.readRates(List.of(rates))).isInstanceOf(InputException.class)
                .hasMessage("fx/fx.csv: column 'rate' appears twice in the header, as 'rate' (field 3) and ' Rate' "
                        + "(field 4); keep one");
    }

    @Test
    void refusesLedgerRevenueOfMoreThan18DigitsAndARateOfMoreThan12BeforeThePoint() throws IOException {
        String digits40 = "1".repeat(40);
        String digits30 = "2".repeat(30);
        InputFile ledger = write("ledger/ledger.csv",
                "month,segment,revenue,currency\n2024-01,AI,1,USD\n2024-01,Cloud," + digits40 + ",USD\n");
        InputFile rates = write("fx/fx.csv", "month,currency,rate\n2024-01,EUR," + digits30 + ".5\n");

        assertThatThrownBy(() -> reader.readLedger(List.of(ledger))).isInstanceOf(InputException.class)
                .hasMessage("ledger/ledger.csv line 3: revenue '" + digits40 + "' has 40 digits before the point, more than 18");
        assertThatThrownBy(() -> reader.readRates(List.of(rates))).isInstanceOf(InputException.class)
                .hasMessage("fx/fx.csv line 2: rate '" + digits30 + ".5' has 30 digits before the point, more than 12");
    }

    @Test
    void readsLedgerRevenueOf18DigitsAndARateOf12BeforeThePoint() throws IOException {
        InputFile ledger = write("ledger/ledger.csv",
                "month,segment,revenue,currency\n2024-01,AI,-999999999999999999.999999,USD\n");
        InputFile rates = write("fx/fx.csv", "month,currency,rate\n2024-01,XAU,999999999999.999999999999\n");

        assertThat(reader.readLedger(List.of(ledger)).rows()).singleElement()
                .satisfies(e -> assertThat(e.revenue()).isEqualByComparingTo("-999999999999999999.999999"));
        assertThat(reader.readRates(List.of(rates)).rows()).singleElement()
                .satisfies(r -> assertThat(r.rate()).isEqualByComparingTo("999999999999.999999999999"));
    }

    @Test
    void readsRatesWithTwelveDecimalsAndCountsEachFile() throws IOException {
        InputFile first = write("fx/a.csv", "month,currency,rate\n2024-01,IDR,0.000061340001\n");
        InputFile second = write("fx/b.csv", "month,currency,rate\n2024-01,EUR,1.1\n2024-02,EUR,1.2\n");

        var rates = reader.readRates(List.of(first, second));

        assertThat(rates.rows()).first().satisfies(r -> assertThat(r.rate()).isEqualByComparingTo("0.000061340001"));
        assertThat(rates.files()).extracting(FileCounts::read).containsExactly(1L, 2L);
    }

    private InputFile write(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        return new InputFile(path, name, Sha256.of(path), null);
    }
}
