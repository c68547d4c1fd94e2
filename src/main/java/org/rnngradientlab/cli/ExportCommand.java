package org.rnngradientlab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.io.Lesson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code export}: the window's norm chart as a PNG, drawn with no display at all, for scripting slides. The
 * image is {@code width × pixel-ratio} by {@code height × pixel-ratio} pixels. A failed write exits with 1
 * and one line, and leaves no partial file.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 110,
        description = "Writes the norm chart of a run as a PNG (no display needed).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    SimulationOptions options;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "The PNG file to write.")
    Path out;

    @Option(
            names = "--width",
            paramLabel = "W",
            defaultValue = "800",
            converter = Width.class,
            description = "Width in points, an integer from 200 to 4000 (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(
            names = "--height",
            paramLabel = "H",
            defaultValue = "450",
            converter = Height.class,
            description = "Height in points, an integer from 150 to 4000 (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(
            names = "--pixel-ratio",
            paramLabel = "R",
            defaultValue = "2",
            converter = PixelRatio.class,
            description = "Pixels per point, a number from 1 to 4 (default: ${DEFAULT-VALUE}; 2 for sharp slides).")
    double pixelRatio;

    @Option(
            names = "--language",
            paramLabel = "en|ko",
            defaultValue = "en",
            converter = Language.class,
            description = "Language of the caption and labels (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(
            names = "--theme",
            paramLabel = "light|dark|projector",
            defaultValue = "light",
            converter = Theme.class,
            description = "The look: light (for slides), dark, or projector (large type, thick lines)"
                    + " (default: ${DEFAULT-VALUE}).")
    String theme;

    @Spec
    CommandSpec spec;

    private final ChartRenderer renderer;

    ExportCommand(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Integer call() throws Exception {
        refuseTooManyPixels();
        SimulationParams params = options.toParams();
        Optional<Lesson> lesson = options.lesson();
        String chosenLanguage = lesson.isPresent() && !options.given("--language")
                ? lesson.get().language()
                : language;
        renderer.render(new ChartRenderer.Request(
                params,
                out,
                width,
                height,
                pixelRatio,
                chosenLanguage,
                lesson.map(Lesson::pins).orElse(List.of()),
                lesson.map(Lesson::overlays).orElse(Lesson.Overlays.DEFAULT),
                theme));
        spec.commandLine()
                .getOut()
                .printf(
                        "wrote %s (%d × %d px)%n",
                        out, Math.round(width * pixelRatio), Math.round(height * pixelRatio));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * Refuses, before anything is drawn, a size that cannot be drawn ({@link ChartRenderer#MAX_PIXELS}),
     * naming the largest pixel ratio that can at this width and height.
     */
    private void refuseTooManyPixels() {
        long pixelWidth = Math.round(width * pixelRatio);
        long pixelHeight = Math.round(height * pixelRatio);
        if (pixelWidth * pixelHeight <= ChartRenderer.MAX_PIXELS) {
            return;
        }
        double largest =
                Math.floor(Math.sqrt((double) ChartRenderer.MAX_PIXELS / ((double) width * height)) * 100) / 100;
        while (Math.round(width * largest) * Math.round(height * largest) > ChartRenderer.MAX_PIXELS) {
            largest -= 0.01;
        }
        String ratio = String.format(Locale.ROOT, "%.2f", largest);
        throw new ParameterException(
                spec.commandLine(),
                String.format(
                        Locale.ROOT,
                        "%d × %d points at pixel ratio %s is %d × %d px, more than the %d px that can be drawn;"
                                + " the largest --pixel-ratio at this size is %s (%d × %d px)",
                        width,
                        height,
                        pixelRatio == Math.rint(pixelRatio)
                                ? Long.toString((long) pixelRatio)
                                : Double.toString(pixelRatio),
                        pixelWidth,
                        pixelHeight,
                        ChartRenderer.MAX_PIXELS,
                        ratio,
                        Math.round(width * largest),
                        Math.round(height * largest)));
    }

    static final class Width extends SimulationOptions.Integers {
        Width() {
            super(200, 4000);
        }
    }

    static final class Height extends SimulationOptions.Integers {
        Height() {
            super(150, 4000);
        }
    }

    static final class PixelRatio extends SimulationOptions.Decimals {
        PixelRatio() {
            super(1, 4);
        }
    }

    /** A word from a fixed list, e.g. a theme or a language; anything else is refused naming the list. */
    abstract static class OneOf implements ITypeConverter<String>, SimulationOptions.Described {
        private final List<String> words;

        OneOf(String... words) {
            this.words = List.of(words);
        }

        @Override
        public String allowed() {
            return "one of " + String.join("|", words);
        }

        @Override
        public String convert(String text) {
            String word = text.trim();
            if (words.contains(word)) {
                return word;
            }
            throw new TypeConversionException("expected " + allowed() + ", got '" + text + "'");
        }
    }

    static final class Theme extends OneOf {
        Theme() {
            super("light", "dark", "projector");
        }
    }

    static final class Language extends OneOf {
        Language() {
            super("en", "ko");
        }
    }
}
