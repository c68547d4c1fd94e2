package org.rnngradientlab.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rnngradientlab.core.SimulationParams;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX test of the real window ({@link LabWindow}), recording errors nothing caught. TestFX looks for
 * {@code @Start} in the test class itself only, so each test class has one that calls {@link #open}.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    protected LabWindow window;
    protected final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());

    /** The parameters the window starts with. */
    protected SimulationParams startParams() {
        return SimulationParams.BOOK;
    }

    /** Opens the window in TestFX's stage. */
    protected void open(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        window = new LabWindow(stage, startParams());
    }

    @AfterEach
    void closeWindow() {
        Platform.runLater(window.model::stop);
        window.live.close();
        Thread.setDefaultUncaughtExceptionHandler(null);
    }
}
