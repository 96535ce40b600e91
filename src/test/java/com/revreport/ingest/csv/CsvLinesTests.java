package com.revreport.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CsvLinesTests {

    /** The read buffer's size in {@link CsvLines}: content is built to cross it. */
    private static final int CHUNK = 1 << 20;

    @Test
    void endsLinesWhereBufferedReaderDoesAcrossReadBuffers() throws IOException {
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            String[] ends = { "\n", "\r\n", "\r" };
            String[] pieces = { "L1,2024-03,C1,Acme,AI,USAGE,1.5,USD", "", "a,\"b\"", "Société Générale,é", "   " };
            while (text.length() < 3 * CHUNK) {
                text.append(pieces[random.nextInt(pieces.length)]).append(ends[random.nextInt(ends.length)]);
            }
            text.append("last line without an end");
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

            assertThat(linesOf(bytes)).as("seed %d", seed).isEqualTo(bufferedReaderLines(bytes));
        }
    }

    @Test
    void keepsACarriageReturnAndItsLineFeedTogetherWhenTheBufferEndsBetweenThem() throws IOException {
        // "\r" is the last byte of the first read, "\n" the first of the next: one line end, not two
        String first = "x".repeat(CHUNK - 1) + "\r";
        byte[] bytes = (first + "\nsecond\n").getBytes(StandardCharsets.US_ASCII);

        assertThat(linesOf(bytes)).containsExactly("x".repeat(CHUNK - 1), "second");
    }

    @Test
    void readsALineLongerThanTheBuffer() throws IOException {
        String longLine = "y,".repeat(CHUNK) + "end";
        byte[] bytes = ("head\n" + longLine + "\ntail").getBytes(StandardCharsets.US_ASCII);

        CsvLines lines = new CsvLines(new ByteArrayInputStream(bytes));
        assertThat(lines.next()).isTrue();
        assertThat(lines.next()).isTrue();
        assertThat(lines.text()).isEqualTo(longLine);
        assertThat(lines.fieldCount()).isEqualTo(CHUNK + 1);
        assertThat(lines.next()).isTrue();
        assertThat(lines.text()).isEqualTo("tail");
        assertThat(lines.number()).isEqualTo(3);
        assertThat(lines.next()).isFalse();
    }

    @Test
    void dropsAByteOrderMarkOnlyFromTheFirstLine() throws IOException {
        byte[] bytes = "\uFEFFline_id,amount\n\uFEFFL1,5\n".getBytes(StandardCharsets.UTF_8);

        assertThat(linesOf(bytes)).containsExactly("line_id,amount", "\uFEFFL1,5");
    }

    @Test
    void notesFieldsQuotesAndNonAsciiBytesOfALine() throws IOException {
        CsvLines lines = new CsvLines(new ByteArrayInputStream("ab,,c\n\"q\",é\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(lines.next()).isTrue();
        assertThat(lines.fieldCount()).isEqualTo(3);
        assertThat(field(lines, 0)).isEqualTo("ab");
        assertThat(field(lines, 1)).isEmpty();
        assertThat(field(lines, 2)).isEqualTo("c");
        assertThat(lines.quoted()).isFalse();
        assertThat(lines.nonAscii()).isFalse();
        assertThat(lines.next()).isTrue();
        assertThat(lines.quoted()).isTrue();
        assertThat(lines.nonAscii()).isTrue();
    }

    @Test
    void refusesALineThatIsNotUtf8NamingIt() throws IOException {
        byte[] bytes = { 'a', '\n', 'b', (byte) 0xFF, 'c', '\n' };
        CsvLines lines = new CsvLines(new ByteArrayInputStream(bytes));

        assertThat(lines.next()).isTrue();
        assertThat(lines.text()).isEqualTo("a");
        assertThat(lines.next()).isTrue();
        assertThatThrownBy(lines::text).isInstanceOf(IOException.class).hasMessageContaining("line 2 is not valid UTF-8");
    }

    private static String field(CsvLines lines, int field) {
        return new String(lines.bytes(), lines.fieldStart(field), lines.fieldEnd(field) - lines.fieldStart(field),
                StandardCharsets.UTF_8);
    }

    private static List<String> linesOf(byte[] bytes) throws IOException {
        List<String> result = new ArrayList<>();
        try (CsvLines lines = new CsvLines(new ByteArrayInputStream(bytes))) {
            while (lines.next()) {
                result.add(lines.text());
                assertThat(lines.number()).isEqualTo(result.size());
            }
        }
        return result;
    }

    private static List<String> bufferedReaderLines(byte[] bytes) throws IOException {
        List<String> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                result.add(line);
            }
        }
        return result;
    }
}
