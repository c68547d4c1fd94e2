package org.rnngradientlab.io;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a lesson file holds, reading it either yields a valid lesson or fails with a
 * {@link LessonFile.LessonException} naming the problem: never another exception.
 */
class LessonFuzzTest {

    private static final String GOOD = LessonFile.format(LessonFileTest.LESSON);
    private static final String[] TOKENS = {
        "null",
        "true",
        "false",
        "0",
        "-1",
        "1e309",
        "-0.0",
        "4294967296",
        "\"\"",
        "\"x\"",
        "[]",
        "{}",
        "[[[[",
        "}}}",
        "\"hidden\"",
        "\"version\"",
        ":",
        ",",
        "\"\\u0000\"",
        "1.5",
        "NaN",
        "\"ko\"",
        "\"tanh\"",
        "9".repeat(80)
    };

    @Provide
    Arbitrary<String> mutatedLessons() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, GOOD.length());
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 12);
        Arbitrary<String> inserted = Arbitraries.oneOf(
                Arbitraries.of(TOKENS),
                Arbitraries.strings().withCharRange((char) 0, (char) 0x2FF).ofMaxLength(6));
        Arbitrary<String> one = Combinators.combine(at, length, inserted).as((position, cut, text) -> {
            int end = Math.min(GOOD.length(), position + cut);
            return GOOD.substring(0, position) + text + GOOD.substring(end);
        });
        return Arbitraries.oneOf(
                one, one.map(s -> s.replace("3", "-3")), Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 2000)
    void readingNeverFailsWithAnythingButAClearMessage(@ForAll("mutatedLessons") String text) {
        try {
            Lesson lesson = LessonFile.parse(text);
            assertThat(lesson.params()).isNotNull();
            assertThat(LessonFile.parse(LessonFile.format(lesson))).isEqualTo(lesson);
        } catch (LessonFile.LessonException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception").hasSizeLessThan(400);
        }
    }
}
