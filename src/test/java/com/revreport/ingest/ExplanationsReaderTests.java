package com.revreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.revreport.model.Explanation;
import com.revreport.model.InputException;

class ExplanationsReaderTests {

    private static final String HEADER = "segment,period,variance,explanation,by,date\n";

    @TempDir
    Path input;

    private List<Explanation> read(String... files) throws IOException {
        Files.createDirectories(input.resolve("explanations"));
        for (int i = 0; i < files.length; i++) {
            Files.writeString(input.resolve("explanations").resolve("e" + (i + 1) + ".csv"), files[i]);
        }
        return ExplanationsReader.read(InputScanner.explanationFiles(input));
    }

    @Test
    void readsEachRowWithItsMonthOrQuarterAndKeepsTheTextAsWritten() throws IOException {
        List<Explanation> read = read(HEADER
                + "Subs,2024-03,250000.00,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\nsecond line\",M. Keller,2024-04-08\n"
                + "GPU,FY2024-Q3,-7851770.64,ledger late,A. Ortiz,\n");

        assertThat(read).hasSize(2);
        assertThat(read.get(0).text()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")\nsecond line");
        assertThat(read.get(0).date()).isEqualTo(LocalDate.of(2024, 4, 8));
        assertThat(read.get(1).period()).isEqualTo("FY2024-Q3");
        assertThat(read.get(1).variance()).isEqualByComparingTo("-7851770.64");
        assertThat(read.get(1).date()).isNull();
    }

    @Test
    void aSecondExplanationOfOneSegmentAndPeriodInAnyFileFailsNamingBothLines() {
        assertThatThrownBy(() -> read(HEADER + "Subs,2024-03,1.00,a,b,\n", HEADER + "GPU,2024-03,1.00,a,b,\n"
                + "Subs,2024-03,2.00,c,d,\n")).isInstanceOf(InputException.class)
                .hasMessage("explanations/e2.csv line 3: a second explanation for Subs / 2024-03 (first at "
                        + "explanations/e1.csv line 2); keep one row per segment and period");
    }

    @Test
    void aVarianceThatIsNotAPlainDecimalFailsNamingFileAndLine() {
        assertThatThrownBy(() -> read(HEADER + "Subs,2024-03,\"1,234.00\",a,b,\n"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("explanations/e1.csv line 2: variance '1,234.00'");
    }

    @Test
    void aPeriodThatIsNeitherAMonthNorAQuarterLabelFailsNamingFileAndLine() {
        assertThatThrownBy(() -> read(HEADER + "Subs,2024-13,1.00,a,b,\n")).isInstanceOf(InputException.class)
                .hasMessage("explanations/e1.csv line 2: period '2024-13' is neither a month (YYYY-MM) nor a quarter "
                        + "label (FY2024-Q3)");
        assertThatThrownBy(() -> read(HEADER + "Subs,Q3 2024,1.00,a,b,\n")).isInstanceOf(InputException.class)
                .hasMessageContaining("period 'Q3 2024'");
    }

    @Test
    void noExplanationsFolderReadsNone() {
        assertThat(ExplanationsReader.read(InputScanner.explanationFiles(input))).isEmpty();
    }
}
