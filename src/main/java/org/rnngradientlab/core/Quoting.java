package org.rnngradientlab.core;

/**
 * A bad value as it is quoted in a one-line message: at most {@value #MAX_CODE_POINTS} characters (code
 * points), the rest replaced by "…"; on one line, with line breaks, tabs, other control characters and the
 * invisible bidirectional controls written as visible escapes ({@code \n}, {@code \t}, {@code \u202E}); and
 * every script kept as it is (Hangul, Arabic-Indic digits, emoji are neither escaped nor cut in half).
 *
 * <p>Used wherever a message repeats what a user typed or a file held, so that a 100,000-character value
 * or a value with a newline cannot make a message long, cut it, or reorder it on screen.
 */
public final class Quoting {

    /** The most characters of a value that a message repeats. */
    public static final int MAX_CODE_POINTS = 60;

    private Quoting() {}

    /**
     * {@code raw} shortened to {@value #MAX_CODE_POINTS} code points with "…" and made visible on one line;
     * the quotes around it are the caller's. {@code null} is {@code "null"}.
     */
    public static String quote(String raw) {
        if (raw == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder(Math.min(raw.length(), MAX_CODE_POINTS) + 8);
        int count = 0;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            if (count == MAX_CODE_POINTS) {
                return quoted.append('…').toString();
            }
            appendVisible(quoted, c);
            count++;
            i += Character.charCount(c);
        }
        return quoted.toString();
    }

    private static void appendVisible(StringBuilder quoted, int c) {
        switch (c) {
            case '\n' -> quoted.append("\\n");
            case '\r' -> quoted.append("\\r");
            case '\t' -> quoted.append("\\t");
            case '\\' -> quoted.append("\\\\");
            default -> {
                if (invisible(c)) {
                    quoted.append(String.format("\\u%04X", c));
                } else {
                    quoted.appendCodePoint(c);
                }
            }
        }
    }

    /**
     * Control characters, line and paragraph separators, the bidirectional embeddings, overrides and isolates
     * (which would reorder the rest of the line), unpaired surrogates and unassigned code points.
     */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE
                || type == Character.UNASSIGNED
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C
                || c == 0xFEFF;
    }
}
