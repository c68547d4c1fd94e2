package org.rnngradientlab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rnngradientlab.core.Choice;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParameter;
import org.rnngradientlab.core.SimulationParams;

/**
 * Lesson files: small, versioned JSON.
 *
 * <pre>{@code
 * {
 *   "format": "rnn-gradient-lab-lesson",
 *   "version": 2,
 *   "params": {"hidden": 3, "steps": 20, "seed": 3, "scale": 1.0, "init": "randn", "scaleMode": "raw",
 *              "mode": "matmul", "batch": 2, "inputScale": 1.0, "maxNorm": 5.0},
 *   "pins": [ {...same keys as params...} ],
 *   "overlays": {"asymptote": true, "clipping": false, "float64Limits": true, "pins": true},
 *   "language": "ko"
 * }
 * }</pre>
 *
 * <p>Reading is strict, since a lesson may come from a colleague with another version: every field must be
 * there with the right type and an allowed value, and nothing else may be; the first problem is reported as
 * {@link LessonException} naming the field and what it allows. Writing is atomic.
 */
public final class LessonFile {

    /** The value of the "format" field. */
    public static final String FORMAT = "rnn-gradient-lab-lesson";
    /**
     * The version this app writes; it reads every version from 1 on. Version 2 added the LSTM's forget bias;
     * a parameter newer than a file (see {@link SimulationParameter#lessonVersion()}) is read as its default.
     */
    public static final int VERSION = 2;
    /** No lesson file is larger; a larger file is refused before it is read. */
    public static final long MAX_BYTES = 1 << 20;
    /** The most pins a lesson may hold. */
    public static final int MAX_PINS = 32;

    private static final Set<String> TOP = Set.of("format", "version", "params", "pins", "overlays", "language");
    private static final Set<String> PARAMS =
            SimulationParameter.all().stream().map(SimulationParameter::key).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> OVERLAYS = Set.of("asymptote", "clipping", "float64Limits", "pins");
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxStringLength(10_000)
                    .maxNumberLength(64)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build());

    private LessonFile() {}

    /**
     * Reads a lesson; a problem with the file or its content is a {@link LessonException}. Only a regular file
     * is read, at most {@link #MAX_BYTES} of it ({@link LessonTree}); safe to call from any thread.
     */
    public static Lesson read(Path path) throws IOException {
        return lesson(LessonTree.read(path));
    }

    /** Reads a lesson from its text. */
    public static Lesson parse(String text) throws LessonException {
        return lesson(LessonTree.parse(text));
    }

    private static Lesson lesson(JsonNode root) throws LessonException {
        if (root == null || !root.isObject()) {
            throw new LessonException("it is not a lesson file: a JSON object was expected");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new LessonException("it is not a lesson file: \"format\" must be \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.canConvertToExactIntegral() || !version.isNumber()) {
            throw new LessonException("\"version\" must be a whole number");
        }
        if (version.asLong() > VERSION) {
            throw new LessonException("it was written by a newer version of the app (lesson version " + version.asLong()
                    + "); this one reads version " + VERSION);
        }
        if (version.asLong() < 1) {
            throw new LessonException(
                    "lesson version " + version.asLong() + " is unknown; this app reads versions 1 to " + VERSION);
        }
        onlyFields(root, TOP, "");
        int fileVersion = version.asInt();
        SimulationParams params = params(required(root, "params", ""), "params", fileVersion);
        JsonNode pinsNode = required(root, "pins", "");
        if (!pinsNode.isArray()) {
            throw new LessonException("\"pins\" must be a list");
        }
        if (pinsNode.size() > MAX_PINS) {
            throw new LessonException(
                    "\"pins\" holds " + pinsNode.size() + " runs; at most " + MAX_PINS + " are allowed");
        }
        List<SimulationParams> pins = new ArrayList<>();
        for (int i = 0; i < pinsNode.size(); i++) {
            pins.add(params(pinsNode.get(i), "pins[" + i + "]", fileVersion));
        }
        JsonNode overlaysNode = required(root, "overlays", "");
        if (!overlaysNode.isObject()) {
            throw new LessonException("\"overlays\" must be an object");
        }
        onlyFields(overlaysNode, OVERLAYS, "overlays.");
        Lesson.Overlays overlays = new Lesson.Overlays(
                bool(overlaysNode, "asymptote"), bool(overlaysNode, "clipping"),
                bool(overlaysNode, "float64Limits"), bool(overlaysNode, "pins"));
        JsonNode language = required(root, "language", "");
        if (!language.isTextual() || !Lesson.LANGUAGES.contains(language.asText())) {
            throw new LessonException(
                    "\"language\" must be one of \"en\" or \"ko\", got " + LessonTree.quoted(language));
        }
        return new Lesson(params, pins, overlays, language.asText());
    }

    /** Writes {@code lesson} to {@code path} atomically. */
    public static void write(Lesson lesson, Path path) throws IOException {
        String text = format(lesson);
        AtomicFiles.write(path, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(text);
            writer.flush();
        });
    }

    /** The text of a lesson file. */
    public static String format(Lesson lesson) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("params", paramsNode(lesson.params()));
        var pins = root.putArray("pins");
        lesson.pins().forEach(p -> pins.add(paramsNode(p)));
        ObjectNode overlays = root.putObject("overlays");
        overlays.put("asymptote", lesson.overlays().asymptote());
        overlays.put("clipping", lesson.overlays().clipping());
        overlays.put("float64Limits", lesson.overlays().float64Limits());
        overlays.put("pins", lesson.overlays().pins());
        root.put("language", lesson.language());
        return root.toPrettyString() + "\n";
    }

    /** The parameters as a JSON object with their keys, as lesson files and {@code simulate} write them. */
    static ObjectNode paramsNode(SimulationParams p) {
        ObjectNode node = MAPPER.createObjectNode();
        for (SimulationParameter parameter : SimulationParameter.all()) {
            if (parameter instanceof Parameter number) {
                if (number.integer()) {
                    node.put(number.key(), (long) p.get(number));
                } else {
                    node.put(number.key(), p.get(number));
                }
            } else {
                node.put(parameter.key(), parameter.text(p));
            }
        }
        return node;
    }

    private static SimulationParams params(JsonNode node, String path, int fileVersion) throws LessonException {
        if (node == null || !node.isObject()) {
            throw new LessonException("\"" + path + "\" must be an object with the simulation parameters");
        }
        onlyFields(node, PARAMS, path + ".");
        SimulationParams p = SimulationParams.BOOK;
        for (SimulationParameter parameter : SimulationParameter.all()) {
            if (parameter.lessonVersion() > fileVersion && !node.has(parameter.key())) {
                continue; // newer than the file: the book's value
            }
            if (parameter instanceof Parameter number) {
                p = p.with(number, number(node, path, number));
            } else {
                p = choice(p, node, path, (ChoiceParameter<?>) parameter);
            }
        }
        return p;
    }

    private static double number(JsonNode node, String path, Parameter parameter) throws LessonException {
        JsonNode value = required(node, parameter.key(), path + ".");
        if (!value.isNumber()
                || !parameter.accepts(value.asDouble())
                || (parameter.integer() && !value.canConvertToExactIntegral())) {
            throw new LessonException("\"" + path + "." + parameter.key() + "\" must be " + parameter.allowed()
                    + ", got " + LessonTree.quoted(value));
        }
        return value.asDouble();
    }

    private static <E extends Enum<E> & Choice> SimulationParams choice(
            SimulationParams p, JsonNode node, String path, ChoiceParameter<E> parameter) throws LessonException {
        JsonNode value = required(node, parameter.key(), path + ".");
        try {
            if (value.isTextual()) {
                return p.with(parameter, parameter.fromId(value.asText()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new LessonException("\"" + path + "." + parameter.key() + "\" must be " + parameter.allowed() + ", got "
                + LessonTree.quoted(value));
    }

    private static boolean bool(JsonNode node, String field) throws LessonException {
        JsonNode value = required(node, field, "overlays.");
        if (!value.isBoolean()) {
            throw new LessonException(
                    "\"overlays." + field + "\" must be true or false, got " + LessonTree.quoted(value));
        }
        return value.asBoolean();
    }

    private static JsonNode required(JsonNode node, String field, String prefix) throws LessonException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new LessonException("\"" + prefix + field + "\" is missing");
        }
        return value;
    }

    private static void onlyFields(JsonNode node, Set<String> allowed, String prefix) throws LessonException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new LessonException("\"" + prefix + name + "\" is not a field of a lesson file");
            }
        }
    }

    /** What is wrong with a lesson file, in one sentence. */
    public static final class LessonException extends IOException {
        private static final long serialVersionUID = 1L;

        public LessonException(String message) {
            super(message);
        }
    }
}
