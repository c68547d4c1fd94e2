package org.rnngradientlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.Lesson;
import org.rnngradientlab.io.LessonFile;

/** A word where a command goes is a command or an existing lesson; anything else never opens a window. */
class CommandWordsTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "simulat             | unknown command 'simulat' (did you mean 'simulate'?); the commands are",
                "train               | unknown command 'train'; the commands are simulate, sweep, bench, export",
                "exprot              | did you mean 'export'?",
                "SIMULATE            | unknown command 'SIMULATE': commands are lower-case, did you mean 'simulate'?",
            })
    void aMistypedCommandIsRefusedWithTheCommandsAndAClosestMatch(String word, String message) {
        CliRun run = CliRun.of(word);
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.windowsOpened()).isZero();
        assertThat(run.err()).contains(message).hasLineCount(1);
    }

    @Test
    void anUpperCaseCommandWithOptionsNamesTheCommandNotTheOptions() {
        CliRun run = CliRun.of("SIMULATE", "--hidden", "3");
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err())
                .contains("unknown command 'SIMULATE'")
                .contains("'simulate'")
                .doesNotContain("Unknown options");
    }

    @Test
    void aMissingLessonIsRefusedBeforeAnyWindowOpens() {
        CliRun run = CliRun.of("--open", folder.resolve("gone.json").toString());
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.windowsOpened()).isZero();
        assertThat(run.err()).contains("gone.json").contains("no such file");
        CliRun positional = CliRun.of(folder.resolve("gone.json").toString());
        assertThat(positional.status()).isEqualTo(Cli.USAGE);
        assertThat(positional.windowsOpened()).isZero();
    }

    @Test
    void anInvalidLessonIsRefusedBeforeAnyWindowOpens() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"format\": \"rnn-gradient-lab-lesson\"}");
        CliRun run = CliRun.of("--open", bad.toString());
        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.windowsOpened()).isZero();
        assertThat(run.err()).contains("bad.json").contains("\"version\"");
    }

    @Test
    void atMostOneLessonIsOpened() throws IOException {
        Path a = lesson("a.json");
        Path b = lesson("b.json");
        for (String[] args :
                new String[][] {{"--open", a.toString(), b.toString()}, {"--open", a.toString(), "--open", b.toString()}
                }) {
            CliRun run = CliRun.of(args);
            assertThat(run.status()).isEqualTo(Cli.USAGE);
            assertThat(run.windowsOpened()).isZero();
            assertThat(run.err()).hasLineCount(1);
        }
    }

    @Test
    void anExistingLessonGivenAsAWordOpensTheWindow() throws IOException {
        CliRun run = CliRun.of(lesson("lesson.json").toString());
        assertThat(run.status()).isZero();
        assertThat(run.windowsOpened()).isEqualTo(1);
    }

    @Test
    void aHugeOrMultiLineArgumentIsQuotedShortOnOneLine() {
        CliRun huge = CliRun.of("simulate", "--bogus" + "x".repeat(100_000));
        assertThat(huge.status()).isEqualTo(Cli.USAGE);
        assertThat(huge.err()).hasLineCount(1).hasSizeLessThan(300).contains("…");
        CliRun newline = CliRun.of("simulate", "--hidden", "3\n--steps 4");
        assertThat(newline.status()).isEqualTo(Cli.USAGE);
        assertThat(newline.err())
                .hasLineCount(1)
                .contains("3\\n--steps 4")
                .endsWith("(see --help)" + System.lineSeparator());
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeOrADeviceAsALessonIsRefusedAtOnceBySimulateExportAndTheWindow() throws Exception {
        Path fifo = folder.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");
        for (String lesson : List.of(fifo.toString(), "/dev/zero")) {
            for (String[] args : new String[][] {
                {"simulate", "--lesson", lesson}, {"export", "--out", "x.png", "--lesson", lesson}, {"--open", lesson}
            }) {
                CliRun run = CliRun.of(args);
                assertThat(run.status()).isEqualTo(Cli.USAGE);
                assertThat(run.windowsOpened()).isZero();
                assertThat(run.err()).contains("not a regular file").hasLineCount(1);
            }
        }
    }

    private Path lesson(String name) throws IOException {
        Path file = folder.resolve(name);
        LessonFile.write(new Lesson(SimulationParams.BOOK, List.of(), Lesson.Overlays.DEFAULT, "en"), file);
        return file;
    }
}
