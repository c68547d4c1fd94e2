package org.rnngradientlab.app.window;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.io.AtomicFiles;

/**
 * Where a file goes and how a failed write is told: the path is asked in a dialog (with the extension added
 * if missing), and a write that fails is explained in a dialog naming the path and the reason, leaving the
 * state on screen as it was.
 */
final class FileSaving {

    /** A file action that may fail. */
    interface FileAction {
        void run() throws IOException;
    }

    private final Dialogs dialogs;
    private final Supplier<Messages> messages;

    FileSaving(Dialogs dialogs, Supplier<Messages> messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /**
     * A save path. The platform's dialog has already asked before replacing the file the user chose; when
     * the extension is added here, the file with it is another one, and replacing it is asked here.
     */
    Optional<Path> askForFile(String titleKey, String suggested, Dialogs.FileType type) {
        Optional<Path> chosen = dialogs.saveFile(messages.get().text(titleKey), suggested, type);
        if (chosen.isEmpty()) {
            return chosen;
        }
        // a name that already ends in an extension of the type (a lesson's older .json) is kept as chosen
        String name = chosen.get().getFileName().toString().toLowerCase(Locale.ROOT);
        boolean hasOne = type.extensions().stream().anyMatch(e -> name.endsWith("." + e));
        Path path = hasOne ? chosen.get() : withExtension(chosen.get(), type.extension());
        if (!path.equals(chosen.get()) && Files.exists(path) && !dialogs.confirmOverwrite(path)) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** Runs {@code action}; a failure is told in a dialog. */
    void write(Path path, FileAction action) {
        try {
            action.run();
        } catch (IOException e) {
            dialogs.error(
                    messages.get().text("error.write.title"),
                    messages.get().format("error.write", path, AtomicFiles.reason(e)));
        }
    }

    static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension)
                ? path
                : path.resolveSibling(name + "." + extension);
    }
}
