package org.rnngradientlab.app.view;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The File menu's lesson entries: open, open recent, save. */
public interface LessonCommands {

    /** Asks for a lesson file and opens it. */
    void openLesson();

    /** Opens a lesson file named in the recent list. */
    void openLesson(Path path);

    /** Lesson files opened or saved recently, newest first. */
    List<Path> recentLessons();

    /** Asks where, then saves the whole state as a lesson file. */
    void saveLesson();

    /** Whether a lesson asked for is not on screen yet (read, then computed); never, unless overridden. */
    default ReadOnlyBooleanProperty openingProperty() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }
}
