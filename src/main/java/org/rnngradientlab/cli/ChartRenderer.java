package org.rnngradientlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.rnngradientlab.core.SimulationParams;

/** Draws the norm chart of a run into a PNG; supplied by the JavaFX side, so the command line needs no JavaFX. */
@FunctionalInterface
public interface ChartRenderer {

    /**
     * What to draw and where.
     *
     * @param params the run
     * @param out the PNG file, written atomically
     * @param width width in points
     * @param height height in points
     * @param pixelRatio pixels per point
     * @param language the language of the caption and labels, "en" or "ko"
     */
    record Request(SimulationParams params, Path out, int width, int height, double pixelRatio, String language) {}

    /** Draws and writes; an I/O failure names the path and the reason. */
    void render(Request request) throws IOException;
}
