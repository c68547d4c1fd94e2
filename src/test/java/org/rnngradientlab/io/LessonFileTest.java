package org.rnngradientlab.io;

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
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.ScaleMode;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.core.WeightInit;

class LessonFileTest {

    static final Lesson LESSON = new Lesson(
            SimulationParams.BOOK
                    .with(Parameter.SCALE, 0.797)
                    .with(ChoiceParameter.MODE, BackpropMode.TANH)
                    .with(Parameter.SEED, 4294967295L),
            List.of(
                    SimulationParams.BOOK.with(Parameter.SCALE, 0.5),
                    SimulationParams.BOOK
                            .with(ChoiceParameter.INIT, WeightInit.RAND)
                            .with(ChoiceParameter.SCALE_MODE, ScaleMode.SPECTRAL)
                            .with(Parameter.MAX_NORM, 1e-3)),
            new Lesson.Overlays(false, true, true, false),
            "ko");

    @TempDir
    Path folder;

    @Test
    void whatIsWrittenReadsBackExactly() throws IOException {
        Path file = folder.resolve("lesson.json");
        LessonFile.write(LESSON, file);
        assertThat(LessonFile.read(file)).isEqualTo(LESSON);
        assertThat(Files.readString(file))
                .contains("\"format\" : \"rnn-gradient-lab-lesson\"")
                .contains("\"version\" : 2");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{                                | not valid JSON (line",
                "[]                               | not a lesson file",
                "{\"format\": \"other\"}          | not a lesson file",
                "VERSION3                         | written by a newer version",
                "VERSION0                         | lesson version 0 is unknown",
                "EXTRA                            | \"colour\" is not a field of a lesson file",
                "MISSING_PARAMS                   | \"params\" is missing",
                "MISSING_HIDDEN                   | \"params.hidden\" is missing",
                "HIDDEN_TEXT                      | \"params.hidden\" must be an integer from 1 to 1024, got \"3\"",
                "HIDDEN_BIG                       | \"params.hidden\" must be an integer from 1 to 1024, got 2000",
                "HIDDEN_FRACTION                  | \"params.hidden\" must be an integer from 1 to 1024, got 2.5",
                "SCALE_NEGATIVE                   | \"params.scale\" must be a number from 0 to 10, got -1",
                "MODE_UNKNOWN                     | \"params.mode\" must be one of matmul|tanh|lstm, got \"gru\"",
                "PIN_BAD                          | \"pins[0].batch\" must be an integer from 1 to 64",
                "OVERLAY_TEXT                     | \"overlays.clipping\" must be true or false",
                "LANGUAGE                         | \"language\" must be one of \"en\" or \"ko\"",
                "DUPLICATE                        | \"language\" is given twice",
            })
    void everyProblemIsNamedWithTheFieldAndWhatItAllows(String variant, String message) {
        assertThatThrownBy(() -> LessonFile.parse(variant(variant)))
                .isInstanceOf(LessonFile.LessonException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aVersionOneLessonStillOpensWithTheBooksValueForWhatCameLater() throws IOException {
        // a lesson as version 1 of the app wrote it: no forgetBias
        String v1 = LessonFile.format(LESSON)
                .replace("\"version\" : 2", "\"version\" : 1")
                .replaceAll(",\\s*\"forgetBias\" : 0.0", "");
        assertThat(v1).doesNotContain("forgetBias");
        assertThat(LessonFile.parse(v1)).isEqualTo(LESSON);
        String v2WithoutIt = v1.replace("\"version\" : 1", "\"version\" : 2");
        assertThatThrownBy(() -> LessonFile.parse(v2WithoutIt))
                .hasMessageContaining("\"params.forgetBias\" is missing");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = folder.resolve("huge.json");
        Files.write(file, new byte[(int) LessonFile.MAX_BYTES + 1]);
        assertThatThrownBy(() -> LessonFile.read(file)).hasMessageContaining("larger than 1 MB");
    }

    @Test
    void aFileThatIsNotTextIsRefused() throws IOException {
        Path file = folder.resolve("binary.json");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThatThrownBy(() -> LessonFile.read(file)).isInstanceOf(LessonFile.LessonException.class);
    }

    /** A valid lesson with one thing broken. */
    static String variant(String name) {
        String good = LessonFile.format(LESSON);
        return switch (name) {
            case "VERSION3" -> good.replace("\"version\" : 2", "\"version\" : 3");
            case "VERSION0" -> good.replace("\"version\" : 2", "\"version\" : 0");
            case "EXTRA" -> good.replace("\"language\"", "\"colour\" : \"red\", \"language\"");
            case "MISSING_PARAMS" -> good.replaceFirst("\"params\" : \\{[^}]*},", "");
            case "MISSING_HIDDEN" -> good.replaceFirst("\"hidden\" : 3,", "");
            case "HIDDEN_TEXT" -> good.replaceFirst("\"hidden\" : 3", "\"hidden\" : \"3\"");
            case "HIDDEN_BIG" -> good.replaceFirst("\"hidden\" : 3", "\"hidden\" : 2000");
            case "HIDDEN_FRACTION" -> good.replaceFirst("\"hidden\" : 3", "\"hidden\" : 2.5");
            case "SCALE_NEGATIVE" -> good.replaceFirst("\"scale\" : 0.797", "\"scale\" : -1");
            case "MODE_UNKNOWN" -> good.replaceFirst("\"mode\" : \"tanh\"", "\"mode\" : \"gru\"");
            case "PIN_BAD" -> good.replaceFirst("(\"pins\" : \\[ \\{[^}]*\"batch\" : )2", "$165");
            case "OVERLAY_TEXT" -> good.replace("\"clipping\" : true", "\"clipping\" : \"yes\"");
            case "LANGUAGE" -> good.replace("\"language\" : \"ko\"", "\"language\" : \"de\"");
            case "DUPLICATE" -> good.replace("\"language\" : \"ko\"", "\"language\" : \"ko\", \"language\" : \"en\"");
            default -> name;
        };
    }
}
