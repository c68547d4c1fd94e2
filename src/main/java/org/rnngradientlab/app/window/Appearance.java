package org.rnngradientlab.app.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.text.NumberText;
import org.rnngradientlab.app.text.Resources;
import org.rnngradientlab.app.view.AppearanceCommands;

/**
 * The look and the language of the window: which stylesheets apply (the base, then the dark theme, then
 * projector mode) and which texts show. A choice from the View menu is remembered in the settings; the
 * language of an opened lesson is shown but not remembered. The window binds its scene to
 * {@link #stylesheets()} and builds its view anew when {@link #messagesProperty()} changes.
 */
public final class Appearance implements AppearanceCommands {

    private final Settings settings;
    private final ObservableList<String> stylesheets = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyStylesheets = FXCollections.unmodifiableObservableList(stylesheets);
    private final ReadOnlyObjectWrapper<Messages> messages = new ReadOnlyObjectWrapper<>(this, "messages");
    private String language;

    public Appearance(Settings settings) {
        this.settings = settings;
        this.language = settings.language().orElse(systemLanguage());
        messages.set(messagesFor(language));
        restyle();
    }

    /** The UI texts in the current language. */
    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages.get();
    }

    /** The stylesheets of the current look, in the order they apply; read-only. */
    public ObservableList<String> stylesheets() {
        return readOnlyStylesheets;
    }

    @Override
    public boolean projectorMode() {
        return settings.projectorMode();
    }

    @Override
    public void setProjectorMode(boolean on) {
        settings.setProjectorMode(on);
        restyle();
    }

    @Override
    public boolean darkTheme() {
        return settings.darkTheme();
    }

    @Override
    public void setDarkTheme(boolean on) {
        settings.setDarkTheme(on);
        restyle();
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public void setLanguage(String code) {
        settings.setLanguage(code);
        show(code);
    }

    /** Shows the texts in {@code code} without remembering it (the language of an opened lesson). */
    public void show(String code) {
        if (!code.equals(language)) {
            language = code;
            messages.set(messagesFor(code));
        }
    }

    private void restyle() {
        List<String> sheets = new ArrayList<>();
        sheets.add(Resources.stylesheet("app.css"));
        if (settings.darkTheme()) {
            sheets.add(Resources.stylesheet("dark.css"));
        }
        if (settings.projectorMode()) {
            sheets.add(Resources.stylesheet("projector.css"));
        }
        stylesheets.setAll(sheets);
    }

    private static Messages messagesFor(String code) {
        return new Messages(Resources.messages(Locale.forLanguageTag(code)), NumberText.forUser());
    }

    /** Korean where the system speaks Korean, English elsewhere. */
    static String systemLanguage() {
        return Locale.getDefault(Locale.Category.DISPLAY).getLanguage().equals("ko") ? "ko" : "en";
    }
}
