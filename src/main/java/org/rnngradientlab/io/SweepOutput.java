package org.rnngradientlab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.OptionalDouble;
import org.rnngradientlab.core.ScaleSweep;

/**
 * A {@link ScaleSweep} as {@code sweep} prints it. JSON keys, in this order: {@code params}, {@code scales},
 * {@code growth}, {@code critical} (null if g never crosses 1), and with more than one seed
 * {@code seeds} (the first seeds of each row) and {@code growthBySeed} (one list per seed). CSV: one row per
 * scale, {@code scale,growth}, and with more than one seed a column {@code seed<S>} per seed. Numbers that
 * are not finite are null (JSON) or empty (CSV).
 */
public final class SweepOutput {

    private static final JsonFactory FACTORY = new ObjectMapper(JsonFactory.builder()
                    .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .getFactory();

    private SweepOutput() {}

    /** Writes {@code sweep} as JSON to {@code out}, which stays open. */
    public static void writeJson(ScaleSweep sweep, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeFieldName("params");
            json.writeTree(LessonFile.paramsNode(sweep.params()));
            numbers(json, "scales", sweep.scales());
            numbers(json, "growth", sweep.growth());
            json.writeFieldName("critical");
            OptionalDouble critical = sweep.critical();
            if (critical.isPresent()) {
                json.writeNumber(critical.getAsDouble());
            } else {
                json.writeNull();
            }
            if (sweep.seeds() > 1) {
                json.writeArrayFieldStart("seeds");
                for (int s = 0; s < sweep.seeds(); s++) {
                    json.writeNumber(sweep.params().seed() + s);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("growthBySeed");
                for (double[] row : sweep.growthBySeed()) {
                    json.writeStartArray();
                    for (double value : row) {
                        number(json, value);
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    /** Writes {@code sweep} as CSV to {@code out}, which stays open. */
    public static void writeCsv(ScaleSweep sweep, Writer out) throws IOException {
        StringBuilder line = new StringBuilder("scale,growth");
        if (sweep.seeds() > 1) {
            for (int s = 0; s < sweep.seeds(); s++) {
                line.append(",seed").append(sweep.params().seed() + s);
            }
        }
        out.write(line.append('\n').toString());
        for (int j = 0; j < sweep.scales().length; j++) {
            line.setLength(0);
            line.append(sweep.scales()[j]).append(',');
            append(line, sweep.growth()[j]);
            if (sweep.seeds() > 1) {
                for (double[] row : sweep.growthBySeed()) {
                    append(line.append(','), row[j]);
                }
            }
            out.write(line.append('\n').toString());
        }
        out.flush();
    }

    private static void numbers(JsonGenerator json, String name, double[] values) throws IOException {
        json.writeArrayFieldStart(name);
        for (double value : values) {
            number(json, value);
        }
        json.writeEndArray();
    }

    private static void number(JsonGenerator json, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeNull();
        }
    }

    private static void append(StringBuilder line, double value) {
        if (Double.isFinite(value)) {
            line.append(value);
        }
    }
}
