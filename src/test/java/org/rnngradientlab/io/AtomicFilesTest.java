package org.rnngradientlab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

    private List<Path> files() throws IOException {
        try (var stream = Files.list(folder)) {
            return stream.toList();
        }
    }
}
