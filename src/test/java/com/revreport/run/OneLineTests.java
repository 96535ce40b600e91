package com.revreport.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTests {

    @Test
    void controlCharactersInANameAreWrittenAsEscapes() {
        assertThat(OneLine.of("billing/a\nRun 9 COMPLETED\r\t\u001b[31m\u2028.csv"))
                .isEqualTo("billing/a\\nRun 9 COMPLETED\\r\\t\\u001b[31m\\u2028.csv");
    }

    @Test
    void textWithoutControlCharactersIsKeptAsItIs() {
        String name = "billing/Fjord, Pine & Partners – 2024-03 \\ ünïcödé 日本 😀.csv";
        assertThat(OneLine.of(name)).isSameAs(name);
    }
}
