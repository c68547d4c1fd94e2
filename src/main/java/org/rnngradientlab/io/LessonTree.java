package org.rnngradientlab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.rnngradientlab.core.Quoting;
import org.rnngradientlab.io.LessonFile.LessonException;

/**
 * How a lesson file becomes a JSON tree, before any field is read. Nothing here blocks or grows without
 * bound, and every problem names where it is:
 *
 * <ul>
 *   <li>only a regular file is opened (a link is followed to what it names): a pipe, a device such as
 *       {@code /dev/zero} or a folder is refused by its type, before it is opened, so reading never waits for
 *       a writer and never reads forever;
 *   <li>at most {@link LessonFile#MAX_BYTES} are read, counted while reading (a file may grow, and some
 *       report a size of 0);
 *   <li>the text is UTF-8, with or without a byte-order mark;
 *   <li>a key given twice is named ({@code "params.hidden" is given twice});
 *   <li>numbers outside the range every JSON reader agrees on (RFC 7493, I-JSON) are refused with their
 *       field named: whole numbers beyond ±(2<sup>53</sup> − 1), and numbers too large for a float64;
 *   <li>nothing may follow the closing brace.
 * </ul>
 *
 * <p>Stateless: safe to call from any thread, and meant to be called off the JavaFX thread.
 */
public final class LessonTree {

    /** The largest whole number a lesson may hold, 2<sup>53</sup> − 1: beyond it a float64 cannot count. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private static final int MAX_DEPTH = 16;
    private static final int MAX_NUMBER_CHARS = 1000;
    private static final int MAX_STRING_CHARS = 10_000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);

    private LessonTree() {}

    /**
     * The JSON tree of the lesson file at {@code path}.
     *
     * @throws LessonException when the file is not a regular file, is too large, or its text is not a
     *     lesson's JSON
     * @throws IOException when the file cannot be read (its message is the system's reason)
     */
    public static JsonNode read(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new LessonException("it is a folder, not a lesson file");
        }
        if (!attributes.isRegularFile()) {
            throw new LessonException("it is not a regular file (a pipe, a device or a socket), so it is not read");
        }
        if (attributes.size() > LessonFile.MAX_BYTES) {
            throw tooLarge();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = readAtMost(in, LessonFile.MAX_BYTES);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new LessonException("it is not text (UTF-8)");
        }
        return parse(text);
    }

    /** The JSON tree of a lesson's text; a leading byte-order mark is skipped. */
    public static JsonNode parse(String text) throws LessonException {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new LessonException("it is empty, not a lesson file");
            }
            JsonNode root = value(parser, first, "");
            if (parser.nextToken() != null) {
                throw new LessonException("it has more text after the lesson's closing brace" + where(parser));
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw notAllowed("", e);
        } catch (JsonProcessingException e) {
            throw new LessonException("it is not valid JSON" + where(e));
        } catch (LessonException e) {
            throw e;
        } catch (IOException e) {
            throw new LessonException("it is not valid JSON");
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token, String path) throws IOException {
        try {
            return valueWithin(parser, token, path);
        } catch (StreamConstraintsException e) {
            throw notAllowed(path, e);
        }
    }

    /** The next token, which belongs to {@code path}: a limit it breaks is reported there. */
    private static JsonToken next(JsonParser parser, String path) throws IOException {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            throw notAllowed(path, e);
        }
    }

    /**
     * The next field name of an object at {@code path}. Jackson reads the value after a name with the name, so
     * a limit broken here is the value's, reported with the field's name when it is known.
     */
    private static JsonToken nextName(JsonParser parser, String path) throws IOException {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            String name = parser.getParsingContext().getCurrentName();
            throw notAllowed(name == null ? path : path.isEmpty() ? name : path + "." + name, e);
        }
    }

    private static LessonException notAllowed(String path, StreamConstraintsException e) {
        String field = path.isEmpty() ? "the lesson" : "\"" + Quoting.quote(path) + "\"";
        return new LessonException(field + " is not allowed: " + limit(e));
    }

    private static JsonNode valueWithin(JsonParser parser, JsonToken token, String path) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = nextName(parser, path); t != JsonToken.END_OBJECT; t = nextName(parser, path)) {
                    String name = parser.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    JsonNode childValue = value(parser, next(parser, child), child);
                    if (object.has(name)) {
                        throw new LessonException("\"" + Quoting.quote(child) + "\" is given twice");
                    }
                    object.set(name, childValue);
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                for (JsonToken t = next(parser, path + "[0]");
                        t != JsonToken.END_ARRAY;
                        t = next(parser, path + "[" + index + "]")) {
                    array.add(value(parser, t, path + "[" + index++ + "]"));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return integer(parser, path);
            }
            case VALUE_NUMBER_FLOAT -> {
                double value = parser.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw outOfRange(parser, path, "it is too large for a float64");
                }
                return NODES.numberNode(value);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new LessonException("it is not valid JSON" + where(parser));
        }
    }

    private static JsonNode integer(JsonParser parser, String path) throws IOException {
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
            long value = parser.getLongValue();
            if (Math.abs(value) <= MAX_SAFE_INTEGER) {
                return NODES.numberNode(value);
            }
        }
        throw outOfRange(parser, path, "whole numbers may be at most " + MAX_SAFE_INTEGER + " in size");
    }

    private static LessonException outOfRange(JsonParser parser, String path, String why) throws IOException {
        String field = path.isEmpty() ? "the lesson" : "\"" + Quoting.quote(path) + "\"";
        return new LessonException(
                field + " holds a number out of range, " + Quoting.quote(parser.getText()) + ": " + why);
    }

    /**
     * A value of the tree as a message quotes it: text in double quotes, shortened and made visible on one
     * line by {@link Quoting#quote}; other values as JSON writes them.
     */
    static String quoted(JsonNode value) {
        return value.isTextual() ? "\"" + Quoting.quote(value.asText()) + "\"" : Quoting.quote(value.toString());
    }

    /** Reads {@code in} to its end, refusing more than {@code max} bytes as soon as they arrive. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                throw tooLarge();
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    private static LessonException tooLarge() {
        return new LessonException("it is larger than 1 MB, which no lesson file is");
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static String where(JsonParser parser) {
        var location = parser.currentLocation();
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Which limit a value breaks, in our words (Jackson's advise how to raise it). */
    private static String limit(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Number")) {
            return "a number of more than " + MAX_NUMBER_CHARS + " characters";
        }
        if (message.startsWith("String")) {
            return "a text of more than " + MAX_STRING_CHARS + " characters";
        }
        if (message.contains("nesting depth")) {
            return "lists and objects nested more than " + MAX_DEPTH + " deep";
        }
        return "a value too large for a lesson file";
    }
}
