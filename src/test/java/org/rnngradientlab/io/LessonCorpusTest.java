package org.rnngradientlab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile lesson files ({@code scripts/make_lesson_corpus.py} writes it): each is read as the
 * window and the command line read it, and is either a valid lesson or refused with one short line that
 * contains the expected words.
 */
class LessonCorpusTest {

    private static final Path CORPUS = corpus();

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", 2))
                .map(parts -> Arguments.of(parts[0], parts[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(10)
    void eachCaseIsReadOrRefusedWithOneShortLineNamingTheProblem(String file, String expected) {
        Throwable thrown = catchThrowable(() -> LessonFile.read(CORPUS.resolve(file)));
        if (expected.equals("OK")) {
            assertThat(thrown).isNull();
            return;
        }
        assertThat(thrown).isInstanceOf(LessonFile.LessonException.class);
        assertThat(thrown.getMessage())
                .contains(expected)
                .doesNotContain("\n", "\r", "Exception")
                .hasSizeLessThan(240);
    }

    private static Path corpus() {
        try {
            return Path.of(LessonCorpusTest.class
                            .getResource("/org/rnngradientlab/fuzz/lessons/expected.tsv")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
