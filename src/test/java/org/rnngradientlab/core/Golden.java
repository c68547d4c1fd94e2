package org.rnngradientlab.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the numpy reference values written by {@code scripts/make_golden.py}. */
public final class Golden {

    /** The one tolerance for values that only summation order separates from numpy's. */
    public static final double RELATIVE = 1e-12;

    private Golden() {}

    public static JsonNode read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/org/rnngradientlab/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name + "; run scripts/make_golden.py");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> simulations() {
        List<JsonNode> cases = new ArrayList<>();
        read("simulations.json").get("cases").forEach(cases::add);
        return cases;
    }

    public static SimulationParams params(JsonNode c) {
        JsonNode p = c.get("params");
        return new SimulationParams(
                p.get("hidden").asInt(),
                p.get("steps").asInt(),
                p.get("seed").asLong(),
                p.get("scale").asDouble(),
                Choice.fromId(WeightInit.class, p.get("init").asText()),
                Choice.fromId(ScaleMode.class, p.get("scaleMode").asText()),
                Choice.fromId(BackpropMode.class, p.get("mode").asText()),
                p.get("batch").asInt(),
                p.get("inputScale").asDouble(),
                p.get("maxNorm").asDouble(),
                p.path("forgetBias").asDouble(0.0));
    }

    /** The numbers of a JSON array, with null as NaN. */
    public static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
        }
        return values;
    }
}
