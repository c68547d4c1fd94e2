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
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.Choice;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.ScaleMode;
import org.rnngradientlab.core.SimulationParams;
import org.rnngradientlab.core.WeightInit;

/**
 * Lesson files: small, versioned JSON.
 *
 * <pre>{@code
 * {
 *   "format": "rnn-gradient-lab-lesson",
 *   "version": 1,
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
    /** The version this app writes and reads. */
    public static final int VERSION = 1;
    /** No lesson file is larger; a larger file is refused before it is read. */
    public static final long MAX_BYTES = 1 << 20;
    /** The most pins a lesson may hold. */
    public static final int MAX_PINS = 32;

    private static final Set<String> TOP = Set.of("format", "version", "params", "pins", "overlays", "language");
    private static final Set<String> PARAMS =
            Set.of("hidden", "steps", "seed", "scale", "init", "scaleMode", "mode", "batch", "inputScale", "maxNorm");
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
        if (version.asLong() != VERSION) {
            throw new LessonException(
                    "lesson version " + version.asLong() + " is unknown; this app reads version " + VERSION);
        }
        onlyFields(root, TOP, "");
        SimulationParams params = params(required(root, "params", ""), "params");
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
            pins.add(params(pinsNode.get(i), "pins[" + i + "]"));
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

    /** The parameters as a JSON object with camelCase keys, as lesson files and {@code simulate} write them. */
    static ObjectNode paramsNode(SimulationParams p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("hidden", p.hidden());
        node.put("steps", p.steps());
        node.put("seed", p.seed());
        node.put("scale", p.scale());
        node.put("init", p.init().id());
        node.put("scaleMode", p.scaleMode().id());
        node.put("mode", p.mode().id());
        node.put("batch", p.batch());
        node.put("inputScale", p.inputScale());
        node.put("maxNorm", p.maxNorm());
        return node;
    }

    private static SimulationParams params(JsonNode node, String path) throws LessonException {
        if (node == null || !node.isObject()) {
            throw new LessonException("\"" + path + "\" must be an object with the simulation parameters");
        }
        onlyFields(node, PARAMS, path + ".");
        return new SimulationParams(
                (int) number(node, path, "hidden", Parameter.HIDDEN),
                (int) number(node, path, "steps", Parameter.STEPS),
                (long) number(node, path, "seed", Parameter.SEED),
                number(node, path, "scale", Parameter.SCALE),
                choice(node, path, "init", WeightInit.class),
                choice(node, path, "scaleMode", ScaleMode.class),
                choice(node, path, "mode", BackpropMode.class),
                (int) number(node, path, "batch", Parameter.BATCH),
                number(node, path, "inputScale", Parameter.INPUT_SCALE),
                number(node, path, "maxNorm", Parameter.MAX_NORM));
    }

    private static double number(JsonNode node, String path, String field, Parameter parameter) throws LessonException {
        JsonNode value = required(node, field, path + ".");
        if (!value.isNumber()
                || !parameter.accepts(value.asDouble())
                || (parameter.integer() && !value.canConvertToExactIntegral())) {
            throw new LessonException("\"" + path + "." + field + "\" must be " + parameter.allowed() + ", got "
                    + LessonTree.quoted(value));
        }
        return value.asDouble();
    }

    private static <E extends Enum<E> & Choice> E choice(JsonNode node, String path, String field, Class<E> type)
            throws LessonException {
        JsonNode value = required(node, field, path + ".");
        try {
            if (value.isTextual()) {
                return Choice.fromId(type, value.asText());
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new LessonException("\"" + path + "." + field + "\" must be one of " + Choice.ids(type) + ", got "
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
