package org.rnngradientlab.app.window;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Window;
import org.controlsfx.dialog.ExceptionDialog;
import org.rnngradientlab.app.text.Messages;

/**
 * Catches what nothing else caught, on the FX thread and on any other: logs it with its stack trace and
 * shows it in a dialog whose report can be copied into a bug report. The app keeps running. At most one
 * dialog is open at a time; errors arriving meanwhile are logged and counted.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger("org.rnngradientlab");

    /** How an error is shown; the window's dialog in the app, a recording in tests. */
    @FunctionalInterface
    public interface Display {
        void show(Throwable error, Runnable closed);
    }

    private final Display display;
    private boolean showing;
    private int suppressed;

    public ErrorReporter(Display display) {
        this.display = display;
    }

    /** Shows errors in ControlsFX's exception dialog, owned by {@code owner}, in the current language. */
    public static ErrorReporter withDialog(Window owner, Supplier<Messages> messages) {
        return new ErrorReporter((error, closed) -> {
            ExceptionDialog dialog = new ExceptionDialog(error);
            dialog.initOwner(owner);
            dialog.setTitle(messages.get().text("error.unexpected.title"));
            dialog.setHeaderText(messages.get().text("error.unexpected.header"));
            dialog.setOnHidden(e -> closed.run());
            dialog.show();
        });
    }

    /** Becomes the handler of every thread that has none of its own, the FX thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(this));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Uncaught error in thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            report(error);
        } else {
            try {
                Platform.runLater(() -> report(error));
            } catch (IllegalStateException toolkitGone) {
                // the window is closed; the log has it
            }
        }
    }

    private void report(Throwable error) {
        if (showing) {
            suppressed++;
            return;
        }
        showing = true;
        try {
            display.show(error, () -> {
                showing = false;
                if (suppressed > 0) {
                    LOG.warning(suppressed + " more errors were logged while the dialog was open");
                    suppressed = 0;
                }
            });
        } catch (RuntimeException e) {
            showing = false;
            LOG.log(Level.SEVERE, "Could not show the error dialog", e);
        }
    }
}
