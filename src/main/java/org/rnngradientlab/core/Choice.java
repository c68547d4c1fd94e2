package org.rnngradientlab.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum constant with a stable lower-case name, used on the command line and in files. */
public interface Choice {

    /** The stable name, e.g. {@code "randn"}. */
    String id();

    /**
     * The constant of {@code type} named {@code id}.
     *
     * @throws IllegalArgumentException naming the allowed names when none matches
     */
    static <E extends Enum<E> & Choice> E fromId(Class<E> type, String id) {
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(id)) {
                return value;
            }
        }
        throw new IllegalArgumentException("expected one of " + ids(type) + ", got '" + id + "'");
    }

    /** The names of all constants of {@code type}, joined with "|", e.g. {@code "randn|rand"}. */
    static <E extends Enum<E> & Choice> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::id).collect(Collectors.joining("|"));
    }
}
