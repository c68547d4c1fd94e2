package org.rnngradientlab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void writesTheWholeContent() throws IOException {
        Path file = folder.resolve("lesson.json");
        AtomicFiles.write(file, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("{}");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aFailureHalfWayLeavesThePreviousFileIntactAndNoTemporaryFile() throws IOException {
        Path file = folder.resolve("chart.png");
        Files.writeString(file, "previous");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
                    out.write(new byte[100_000]);
                    throw new IOException("No space left on device");
                }))
                .hasMessage("No space left on device");
        assertThat(Files.readString(file)).isEqualTo("previous");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsRefusedWithTheReason() throws IOException {
        assertThatThrownBy(() -> AtomicFiles.write(folder.resolve("gone/x.csv"), out -> {}))
                .hasMessageContaining("does not exist");
        Files.createDirectory(folder.resolve("x.csv"));
        assertThatThrownBy(() -> AtomicFiles.write(folder.resolve("x.csv"), out -> {}))
                .hasMessageContaining("is a folder");
    }

    @Test
    void aNewFileGetsTheUsualPermissionsAndAReplacedFileKeepsItsOwn() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path usual = Files.createFile(folder.resolve("made-by-another-program.png"));
        Path file = folder.resolve("chart.png");
        AtomicFiles.write(file, out -> out.write(1));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(usual));

        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);
        AtomicFiles.write(file, out -> out.write(2));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
        assertThat(Files.readAllBytes(file)).containsExactly(2);
    }

    @Test
    void everyNameTheSystemAllowsWorksSinceTheTemporaryNameIsShort() throws IOException {
        Path file = folder.resolve("n".repeat(251) + ".png");
        AtomicFiles.write(file, out -> out.write(7));
        assertThat(Files.readAllBytes(file)).containsExactly(7);
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aReadOnlyTargetIsRefusedAndKept() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(folder.resolve("handout.csv"), "previous");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> out.write(1)))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(AtomicFiles.reason((IOException) e)).isEqualTo("it is read-only"));
        assertThat(Files.readString(file)).isEqualTo("previous");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aSymlinkedTargetHasTheFileItPointsToReplaced() throws IOException {
        Path real = Files.writeString(
                Files.createDirectory(folder.resolve("slides")).resolve("chart.png"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("latest.png"), real);
        AtomicFiles.write(link, out -> out.write('n'));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("n");
        Path dangling = Files.createSymbolicLink(folder.resolve("next.png"), Path.of("slides/next.png"));
        AtomicFiles.write(dangling, out -> out.write('x'));
        assertThat(Files.readString(folder.resolve("slides/next.png"))).isEqualTo("x");
    }

    @Test
    void staleTemporaryFilesOfTheTargetAreRemovedAtTheNextWriteAndOthersKept() throws IOException {
        Path file = folder.resolve("chart.png");
        Path stale = Files.createFile(folder.resolve(AtomicFiles.temporaryPrefix(file) + "old.part"));
        Path legacy = Files.createFile(folder.resolve(".chart.png.abc123.part"));
        Path fresh = Files.createFile(folder.resolve(AtomicFiles.temporaryPrefix(file) + "now.part"));
        Path otherTarget = Files.createFile(folder.resolve(".other.png.abc.part"));
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path old : List.of(stale, legacy, otherTarget)) {
            Files.setLastModifiedTime(old, twoHoursAgo);
        }
        AtomicFiles.write(file, out -> out.write(1));
        assertThat(files()).containsExactlyInAnyOrder(file, fresh, otherTarget);
    }

    @Test
    void theReasonIsTheSystemsEvenUnderImageIosWrapper() {
        IOException wrapped = new javax.imageio.IIOException(
                "I/O error writing PNG file!", new IOException("No space left on device"));
        assertThat(AtomicFiles.reason(wrapped)).isEqualTo("No space left on device");
        assertThat(AtomicFiles.reason(new IOException("first\nsecond"))).isEqualTo("first");
    }

    @Test
    @Timeout(60)
    void aStoppedProcessLeavesNoTemporaryFile() throws Exception {
        Path file = folder.resolve("chart.png");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SlowWrite.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
            assertThat(files()).hasSize(1);
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(files()).isEmpty();
    }

    private List<Path> files() throws IOException {
        try (var stream = Files.list(folder)) {
            return stream.toList();
        }
    }
}
