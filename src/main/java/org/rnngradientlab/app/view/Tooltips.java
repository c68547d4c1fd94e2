package org.rnngradientlab.app.view;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Tooltips that explain a concept: wrapped, shown soon, and left up long enough to read. */
final class Tooltips {

    private Tooltips() {}

    static Tooltip explaining(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(30));
        return tooltip;
    }
}
