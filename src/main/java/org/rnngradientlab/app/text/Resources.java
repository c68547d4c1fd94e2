package org.rnngradientlab.app.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.text.Font;
import org.rnngradientlab.io.AtomicFiles;

/** The app's resources, found by fixed paths; a missing one fails at once with its path. */
public final class Resources {

    /** The UI font family, bundled (Pretendard, OFL): Latin, Greek, math signs and Hangul in one face. */
    public static final String FONT_FAMILY = "Pretendard";

    private static final String ROOT = "/org/rnngradientlab/";
    private static final String BUNDLE = "org.rnngradientlab.i18n.messages";

    private Resources() {}

    /** The URL of a resource below the app's root, e.g. {@code css/app.css}. */
    public static URL url(String path) {
        URL url = Resources.class.getResource(ROOT + path);
        if (url == null) {
            throw new IllegalStateException("missing resource " + ROOT + path);
        }
        return url;
    }

    /** A stylesheet in {@code css/}, as the external form JavaFX wants. */
    public static String stylesheet(String name) {
        return url("css/" + name).toExternalForm();
    }

    /** The UI texts in {@code locale} (English where the locale has none). */
    public static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Registers the bundled font faces with JavaFX; safe to call more than once. JavaFX copies a font given
     * as a stream to a {@code +JXF*.tmp} file in the temporary folder that only a normal exit removes (a
     * killed process leaves 3.5 MB each time), so the faces are loaded from a file: from the class path's
     * folder when run from the build, else from a copy kept in the user's cache folder.
     */
    public static void loadFonts() {
        for (String face : new String[] {"Pretendard-Regular.ttf", "Pretendard-Bold.ttf"}) {
            URL url = url("fonts/" + face);
            try {
                Font font = url.getProtocol().equals("file")
                        ? Font.loadFont(url.toExternalForm(), 14)
                        : Font.loadFont(cachedCopy(url, face).toUri().toString(), 14);
                if (font == null) {
                    throw new IllegalStateException("JavaFX could not load the font " + face);
                }
            } catch (IOException e) {
                try (InputStream in = url.openStream()) {
                    if (Font.loadFont(in, 14) == null) {
                        throw new IllegalStateException("JavaFX could not load the font " + face, e);
                    }
                } catch (IOException again) {
                    throw new UncheckedIOException(again);
                }
            }
        }
    }

    /** A copy of a bundled font in the user's cache folder, written once per content (its size in the name). */
    private static Path cachedCopy(URL url, String face) throws IOException {
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        String cacheHome = System.getenv("XDG_CACHE_HOME");
        Path folder = (cacheHome != null && !cacheHome.isBlank()
                        ? Path.of(cacheHome)
                        : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("rnn-gradient-lab")
                .resolve("fonts");
        Path file = folder.resolve(bytes.length + "-" + face);
        if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
            Files.createDirectories(folder);
            AtomicFiles.write(file, out -> out.write(bytes));
        }
        return file;
    }
}
