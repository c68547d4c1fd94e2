package org.rnngradientlab.app.window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.rnngradientlab.app.export.ExportTheme;

/** Dialogs answered from a script, recording what was asked. */
public final class ScriptedDialogs implements Dialogs {

    public final Deque<Optional<Path>> files = new ArrayDeque<>();
    public Optional<ExportOptions> exportOptions = Optional.of(new ExportOptions(640, 360, 2, ExportTheme.LIGHT));
    /** What the export dialog was opened with last. */
    public ExportOptions exportAskedWith;

    public boolean overwrite = true;
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> saveFile(String title, String suggested, FileType type) {
        asked.add("save " + type.extension());
        return files.isEmpty() ? Optional.empty() : files.pop();
    }

    @Override
    public Optional<Path> openFile(String title, FileType type) {
        asked.add("open " + type.extension());
        return files.isEmpty() ? Optional.empty() : files.pop();
    }

    @Override
    public Optional<ExportOptions> exportOptions(ExportOptions initial) {
        asked.add("export options");
        exportAskedWith = initial;
        return exportOptions;
    }

    @Override
    public boolean confirmOverwrite(Path path) {
        asked.add("overwrite " + path.getFileName());
        return overwrite;
    }

    @Override
    public void error(String title, String message) {
        errors.add(message);
    }

    @Override
    public void information(String title, String header, String text) {
        asked.add("information " + title);
    }
}
