package org.rnngradientlab.io;

import java.util.List;
import java.util.Objects;
import org.rnngradientlab.core.SimulationParams;

/**
 * Everything a teacher prepares for a class and opens again: the parameters, the pinned runs, which
 * overlays show, and the language.
 *
 * @param params the run on screen
 * @param pins the runs kept as ghosts, oldest first (their curves are computed again on opening)
 * @param overlays which overlays the chart shows
 * @param language "en" or "ko"
 */
public record Lesson(SimulationParams params, List<SimulationParams> pins, Overlays overlays, String language) {

    /** The languages a lesson may name. */
    public static final List<String> LANGUAGES = List.of("en", "ko");

    public Lesson {
        Objects.requireNonNull(params, "params");
        pins = List.copyOf(pins);
        Objects.requireNonNull(overlays, "overlays");
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ", got " + language);
        }
    }

    /**
     * The overlay switches of the norm chart.
     *
     * @param asymptote ρ(Wh)^k
     * @param clipping the clipping threshold and the clipped curve
     * @param float64Limits the float64 overflow and underflow marks
     * @param pins the pinned ghosts
     */
    public record Overlays(boolean asymptote, boolean clipping, boolean float64Limits, boolean pins) {

        /** What a new window shows. */
        public static final Overlays DEFAULT = new Overlays(true, false, true, true);
    }
}
