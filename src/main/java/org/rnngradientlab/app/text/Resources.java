package org.rnngradientlab.app.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.text.Font;

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

    /** Registers the bundled font faces with JavaFX; safe to call more than once. */
    public static void loadFonts() {
        for (String face : new String[] {"Pretendard-Regular.ttf", "Pretendard-Bold.ttf"}) {
            try (InputStream in = url("fonts/" + face).openStream()) {
                if (Font.loadFont(in, 14) == null) {
                    throw new IllegalStateException("JavaFX could not load the font " + face);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
