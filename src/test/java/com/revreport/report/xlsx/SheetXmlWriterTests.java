package com.revreport.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The sheet writer must put down the bytes SXSSF's own writer ({@code OutputStreamWriter} in UTF-8)
 * does, whatever the text and however it is cut into calls: a client's name goes into the workbook
 * as written.
 */
class SheetXmlWriterTests {

    private interface Calls {
        void on(Writer writer) throws IOException;
    }

    @Test
    void writesNamesInAnyScriptAsUtf8() throws IOException {
        // é is 2 bytes, 株 3 bytes, 😀 (U+1F600, a surrogate pair in Java) 4 bytes
        String name = "Société Générale <&> 株式会社 😀\"";
        byte[] written = bytes(writer -> writer.write(name), false);

        // 4 x é (2 bytes each) + 4 kanji (3) + 😀 (4) + 19 ASCII characters = 8 + 12 + 4 + 19 = 43 bytes
        assertThat(written).hasSize(43).isEqualTo(name.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void joinsASurrogatePairSplitAcrossCalls() throws IOException {
        String smile = "😀";
        Calls calls = writer -> {
            writer.write("a");
            writer.write(smile.charAt(0));
            writer.write(smile.charAt(1));
            writer.write("b");
        };

        assertThat(bytes(calls, false)).isEqualTo("a😀b".getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes(calls, true));
    }

    @Test
    void writesALoneSurrogateAsTheStandardWriterDoes() throws IOException {
        Calls calls = writer -> {
            writer.write("x\uD83Dy"); // a high half followed by no low half
            writer.write('\uDE00'); // a low half alone
            writer.write("z\uD83D"); // a high half left at the end
        };

        assertThat(bytes(calls, false)).isEqualTo(bytes(calls, true)).isEqualTo("x?y?z?".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void matchesTheStandardWriterOnRandomTextAcrossBufferRefills() throws IOException {
        Random random = new Random(20261123);
        List<String> pieces = new ArrayList<>();
        // 200,000 pieces of about 6 chars: several times the 64 KB buffer, so pieces straddle refills
        for (int i = 0; i < 200_000; i++) {
            StringBuilder piece = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                switch (random.nextInt(6)) {
                    case 0 -> piece.append((char) (0x20 + random.nextInt(0x5F))); // ASCII
                    case 1 -> piece.append((char) (0x80 + random.nextInt(0x780))); // 2 bytes
                    case 2 -> piece.append((char) (0x800 + random.nextInt(0xD000))); // 3 bytes, below surrogates
                    case 3 -> piece.appendCodePoint(0x10000 + random.nextInt(0xFFFFF)); // 4 bytes, a pair
                    case 4 -> piece.append((char) (0xD800 + random.nextInt(0x800))); // a lone half
                    default -> piece.append("<row r=\"").append(random.nextInt()).append("\">");
                }
            }
            pieces.add(piece.toString());
        }
        Calls calls = writer -> {
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                switch (i % 3) {
                    case 0 -> writer.write(piece);
                    case 1 -> writer.write(piece.toCharArray(), 0, piece.length());
                    default -> {
                        for (int k = 0; k < piece.length(); k++) {
                            writer.write(piece.charAt(k));
                        }
                    }
                }
            }
        };

        byte[] standard = bytes(calls, true);
        assertThat(standard.length).isGreaterThan(4 * 65_536);
        assertThat(bytes(calls, false)).isEqualTo(standard);
    }

    private static byte[] bytes(Calls calls, boolean standard) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = standard ? new OutputStreamWriter(out, StandardCharsets.UTF_8) : new SheetXmlWriter(out)) {
            calls.on(writer);
        }
        return out.toByteArray();
    }
}
