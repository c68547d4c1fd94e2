package org.rnngradientlab.app.window;

import java.util.function.Supplier;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.view.HelpCommands;

/** The Help menu in dialogs: the shortcuts, what the app is; and quitting. */
public final class Help implements HelpCommands {

    private final Dialogs dialogs;
    private final Supplier<Messages> messages;
    private final Runnable quit;

    /** @param quit closes the window */
    public Help(Dialogs dialogs, Supplier<Messages> messages, Runnable quit) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.quit = quit;
    }

    @Override
    public void showShortcuts() {
        Messages text = messages.get();
        dialogs.information(
                text.text("menu.help.shortcuts"), text.text("shortcuts.header"), text.text("shortcuts.text"));
    }

    @Override
    public void showAbout() {
        Messages text = messages.get();
        String version = Help.class.getPackage().getImplementationVersion();
        dialogs.information(
                text.text("menu.help.about"),
                text.text("app.title"),
                text.format("about.text", version == null ? "dev" : version));
    }

    @Override
    public void quit() {
        quit.run();
    }
}
