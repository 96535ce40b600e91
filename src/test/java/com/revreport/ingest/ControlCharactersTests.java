package com.revreport.ingest;

import com.revreport.model.ControlCharacters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.revreport.model.InputFile;
import com.revreport.model.InputException;

/** A file name or a value from a file cannot break the line of a log or a message that quotes it. */
class ControlCharactersTests {

    private static final String HEADER = "line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency\n";

    /** What a forged line would look like if the newline in the name went through. */
    private static final String FORGED = "billing-2024-03.csv\n2026-01-01 02:00:00 INFO Run 7 COMPLETED.csv";

    @TempDir
    Path dir;

    @Test
    void writesEveryCharacterThatBreaksOrTurnsALineAsAnEscape() {
        assertThat(ControlCharacters.escape("a\nb\r\nc\td\u001B[2Je\u0085f\u2028g\u202Eh\u0000"))
                .isEqualTo("a\\nb\\r\\nc\\td\\u001B[2Je\\u0085f\\u2028g\\u202Eh\\u0000");
    }

    @Test
    void leavesOtherTextAsItWasSoThatEscapingTwiceChangesNothing() {
        String text = "billing/Société-2024-03 株式会社 🚀 \\n.csv";

        assertThat(ControlCharacters.escape(text)).isSameAs(text);
        assertThat(ControlCharacters.escape(ControlCharacters.escape("a\nb"))).isEqualTo("a\\nb");
    }

    @Test
    void aBillingFileNamedWithANewlineIsNamedOnOneLineInItsRejectsAndFailure() throws IOException {
        Files.createDirectories(dir.resolve("billing"));
        Files.writeString(dir.resolve("billing").resolve(FORGED), HEADER + "L1,2024-03,C1,Acme,AI,USAGE,\"x\ny\",USD\n");

        InputFile file = new InputScanner().scan(dir).billing().get(YearMonth.of(2024, 3)).get(0);

        String oneLine = "billing/billing-2024-03.csv\\n2026-01-01 02:00:00 INFO Run 7 COMPLETED.csv";
        assertThat(file.name()).isEqualTo(oneLine);
        // 1 of 1 row rejected, more than 5%: the failure names the file and quotes the reject's amount 'x\ny'
        assertThatThrownBy(() -> new BillingMonthReader(new BigDecimal("0.05")).read(file.month(), java.util.List.of(file)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(oneLine + ": 1 of 1 rows rejected")
                .hasMessageContaining("amount 'x\\ny' is not a plain decimal")
                .hasMessageNotContaining("\n");
        assertThat(new BillingMonthReader(BigDecimal.ONE).read(file.month(), java.util.List.of(file)).rejects())
                .singleElement().satisfies(r -> assertThat(r.file()).isEqualTo(oneLine));
    }

    @Test
    void aLedgerValueWithANewlineIsQuotedOnOneLine() throws IOException {
        Files.createDirectories(dir.resolve("ledger"));
        Files.writeString(dir.resolve("ledger/ledger.csv"),
                "month,segment,revenue,currency\n2024-01,AI,\"1\n2026-01-01 INFO forged\",USD\n");
        // the scan asks for a billing file: an input without one is a folder gone wrong
        Files.createDirectories(dir.resolve("billing"));
        Files.writeString(dir.resolve("billing/billing-2024-01.csv"),
                "line_id,billing_month,client_id,client_name,segment,charge_type,amount,currency\n");

        InputFile ledger = new InputScanner().scan(dir).ledger().get(0);

        assertThatThrownBy(() -> new ReferenceDataReader().readLedger(java.util.List.of(ledger)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("ledger/ledger.csv line 2: revenue '1\\n2026-01-01 INFO forged' is not a plain decimal");
    }

    @Test
    void refusesTwoFilesThatGoByOneNameOnceEscaped() throws IOException {
        Files.createDirectories(dir.resolve("billing"));
        Files.writeString(dir.resolve("billing").resolve("billing-2024-03\n.csv"), HEADER);
        Files.writeString(dir.resolve("billing").resolve("billing-2024-03\\n.csv"), HEADER);

        assertThatThrownBy(() -> new InputScanner().scan(dir)).isInstanceOf(InputException.class)
                .hasMessage("billing/billing-2024-03\\n.csv: two files go by this name once control characters are "
                        + "escaped; rename one");
    }
}
