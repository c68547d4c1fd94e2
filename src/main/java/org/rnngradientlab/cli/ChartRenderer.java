package org.rnngradientlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.Lesson;

/** Draws the norm chart of a run into a PNG; supplied by the JavaFX side, so the command line needs no JavaFX. */
@FunctionalInterface
public interface ChartRenderer {

    /**
     * The most pixels a chart may have: JavaFX's software renderer, which draws without a display, cannot
     * take a snapshot larger than 2<sup>27</sup> pixels (512 MB), e.g. 16000 × 8388 or 11585 × 11585.
     */
    long MAX_PIXELS = 1L << 27;

    /**
     * What to draw and where.
     *
     * @param params the run
     * @param out the PNG file, written atomically
     * @param width width in points
     * @param height height in points
     * @param pixelRatio pixels per point
     * @param language the language of the caption and labels, "en" or "ko"
     * @param pins runs drawn as ghosts (from a lesson file)
     * @param overlays the overlays to draw
     * @param theme the look: "light" (for slides, the default), "dark" or "projector"
     */
    record Request(
            SimulationParams params,
            Path out,
            int width,
            int height,
            double pixelRatio,
            String language,
            List<SimulationParams> pins,
            Lesson.Overlays overlays,
            String theme) {}

    /** Draws and writes; an I/O failure names the path and the reason. */
    void render(Request request) throws IOException;
}
