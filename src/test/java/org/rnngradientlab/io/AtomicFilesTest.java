package org.rnngradientlab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private List<Path> files() throws IOException {
        try (var stream = Files.list(folder)) {
            return stream.toList();
        }
    }
}
