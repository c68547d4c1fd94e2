package org.rnngradientlab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Reading a lesson never blocks and never reads without bound, whatever the path names. */
class LessonTreeTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeWithNoWriterIsRefusedByItsTypeInsteadOfWaitingForever() throws Exception {
        Path fifo = folder.resolve("lesson.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");
        assertThatThrownBy(() -> LessonFile.read(fifo))
                .isInstanceOf(LessonFile.LessonException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLinkToAnEndlessDeviceIsRefusedByItsTypeInsteadOfFillingTheHeap() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero exists");
        Path link = Files.createSymbolicLink(folder.resolve("lesson.json"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> LessonFile.read(link))
                .isInstanceOf(LessonFile.LessonException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void aFolderIsRefusedByItsType() throws IOException {
        Path named = Files.createDirectory(folder.resolve("lesson.json"));
        assertThatThrownBy(() -> LessonFile.read(named)).hasMessageContaining("is a folder");
    }

    @Test
    void aLinkToALessonIsRead() throws IOException {
        Path file = folder.resolve("real.json");
        LessonFile.write(LessonFileTest.LESSON, file);
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), file);
        assertThat(LessonFile.read(link)).isEqualTo(LessonFileTest.LESSON);
    }

    @Test
    @Timeout(10)
    void theSizeIsCountedWhileReadingSoAnEndlessStreamStopsAtTheCap() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        assertThatThrownBy(() -> LessonTree.readAtMost(endless, LessonFile.MAX_BYTES))
                .isInstanceOf(LessonFile.LessonException.class)
                .hasMessageContaining("larger than 1 MB");
    }

    @Test
    void aFileOverOneMegabyteIsRefused() throws IOException {
        String good = LessonFile.format(LessonFileTest.LESSON);
        Path file = folder.resolve("large.json");
        Files.writeString(file, good.replace("\"language\"", "\"x\" : \"" + " ".repeat(1 << 20) + "\", \"language\""));
        assertThatThrownBy(() -> LessonFile.read(file)).hasMessageContaining("larger than 1 MB");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        Path file = folder.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + LessonFile.format(LessonFileTest.LESSON), StandardCharsets.UTF_8);
        assertThat(LessonFile.read(file)).isEqualTo(LessonFileTest.LESSON);
        assertThat(LessonFile.parse("\uFEFF" + LessonFile.format(LessonFileTest.LESSON)))
                .isEqualTo(LessonFileTest.LESSON);
    }

    @Test
    void aMissingFileIsAnIoErrorWithTheSystemsReason() {
        assertThatThrownBy(() -> LessonFile.read(folder.resolve("gone.json")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
