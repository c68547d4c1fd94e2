package org.rnngradientlab.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotingTest {

    @Test
    void aShortValueIsKeptAsItIs() {
        assertThat(Quoting.quote("2000")).isEqualTo("2000");
        assertThat(Quoting.quote("")).isEmpty();
        assertThat(Quoting.quote(null)).isEqualTo("null");
    }

    @Test
    void aLongValueIsCutToSixtyCharactersWithAnEllipsis() {
        String quoted = Quoting.quote("9".repeat(100_000));
        assertThat(quoted).isEqualTo("9".repeat(60) + "…");
        assertThat(Quoting.quote("9".repeat(60))).isEqualTo("9".repeat(60));
    }

    @Test
    void newlinesAndControlCharactersAreEscapedOnOneLine() {
        assertThat(Quoting.quote("3\nrm -rf\r\t\0\u001b[31m\\"))
                .isEqualTo("3\\nrm -rf\\r\\t\\u0000\\u001B[31m\\\\")
                .doesNotContain("\n", "\r", "\0");
        assertThat(Quoting.quote("a\u2028b")).isEqualTo("a\\u2028b");
    }

    @Test
    void bidirectionalControlsAreVisibleSoTheyCannotReorderTheMessage() {
        assertThat(Quoting.quote("1\u202E0")).isEqualTo("1\\u202E0");
        assertThat(Quoting.quote("\u2066x\u2069")).isEqualTo("\\u2066x\\u2069");
    }

    @Test
    void mixedScriptsAreKeptAndNeverCutInsideACharacter() {
        assertThat(Quoting.quote("٣ 은닉 상태 😀")).isEqualTo("٣ 은닉 상태 😀");
        String emoji = "😀".repeat(70);
        assertThat(Quoting.quote(emoji)).isEqualTo("😀".repeat(60) + "…");
        assertThat(Quoting.quote("\uD800x")).isEqualTo("\\uD800x");
    }
}
