package org.rnngradientlab.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window fits the screen it opens on, at every classroom resolution. */
class WindowPlacementTest {

    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1024, 768);

    @Test
    void theFirstWindowOnA1024x768ProjectorIsTheScreenNotPartlyOffIt() {
        Rectangle2D first = WindowPlacement.fit(
                WindowPlacement.centred(PROJECTOR, WindowPlacement.PREFERRED_WIDTH, WindowPlacement.PREFERRED_HEIGHT),
                PROJECTOR);
        assertThat(first).isEqualTo(PROJECTOR);
    }

    @Test
    void onALargeScreenTheFirstWindowIsCentredAtItsPreferredSize() {
        Rectangle2D hd = new Rectangle2D(0, 0, 1920, 1080);
        Rectangle2D first = WindowPlacement.fit(WindowPlacement.centred(hd, 1280, 800), hd);
        assertThat(first).isEqualTo(new Rectangle2D(320, 140, 1280, 800));
    }

    @Test
    void aRememberedWindowFromALargerScreenIsShrunkAndMovedOntoThisOne() {
        Rectangle2D remembered = new Rectangle2D(900, 500, 1600, 900);
        Rectangle2D fitted = WindowPlacement.fit(remembered, PROJECTOR);
        assertThat(fitted).isEqualTo(PROJECTOR);
        Rectangle2D small = WindowPlacement.fit(new Rectangle2D(-128, -11, 800, 600), PROJECTOR);
        assertThat(small).isEqualTo(new Rectangle2D(0, 0, 800, 600));
    }

    @Test
    void aSecondScreenToTheRightKeepsItsOwnCoordinates() {
        Rectangle2D right = new Rectangle2D(1920, 0, 1366, 768);
        Rectangle2D fitted = WindowPlacement.fit(new Rectangle2D(2000, 100, 1280, 800), right);
        assertThat(fitted).isEqualTo(new Rectangle2D(2000, 0, 1280, 768));
    }
}
