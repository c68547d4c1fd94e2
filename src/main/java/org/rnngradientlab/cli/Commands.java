package org.rnngradientlab.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.rnngradientlab.core.Quoting;
import picocli.CommandLine;

/**
 * What a word in the place of a sub-command is: a sub-command, a lesson file (how the desktop passes a
 * double-clicked file), or a mistyped command, which is refused with the valid ones and the closest match,
 * rather than taken for a file name and opening a window.
 */
final class Commands {

    /** The options of the top-level command that take a value. */
    private static final Set<String> WITH_VALUE = Set.of("--open");

    private Commands() {}

    /** The message for the first word of {@code args} that is neither a sub-command nor a file, or null. */
    static String unknownIn(CommandLine root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return unknown(root, arg);
            }
        }
        return null;
    }

    /**
     * The message for {@code word} if it is neither a sub-command of {@code root} nor an existing file, or
     * null. A word that looks like a file name (with a dot or a slash) is taken for one, so that a missing
     * lesson is reported as a missing file.
     */
    static String unknown(CommandLine root, String word) {
        Set<String> commands = root.getSubcommands().keySet();
        if (commands.contains(word) || looksLikeAFile(word) || exists(word)) {
            return null;
        }
        String names = String.join(", ", commands);
        String quoted = "'" + Quoting.quote(word) + "'";
        for (String command : commands) {
            if (command.equalsIgnoreCase(word)) {
                return "unknown command " + quoted + ": commands are lower-case, did you mean '" + command
                        + "'? The commands are " + names;
            }
        }
        String closest = null;
        int best = 3;
        for (String command : commands) {
            int distance = distance(command, word.toLowerCase(Locale.ROOT));
            if (distance < best) {
                best = distance;
                closest = command;
            }
        }
        return "unknown command " + quoted + (closest == null ? "" : " (did you mean '" + closest + "'?)")
                + "; the commands are " + names + ", or give an existing lesson file";
    }

    private static boolean looksLikeAFile(String word) {
        return word.contains(".") || word.contains("/") || word.contains("\\");
    }

    private static boolean exists(String word) {
        try {
            return Files.exists(Path.of(word));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The Levenshtein distance: insertions, deletions and substitutions that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        if (b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
