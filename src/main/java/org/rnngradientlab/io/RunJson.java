package org.rnngradientlab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.OptionalInt;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.CellPath;
import org.rnngradientlab.core.Complex;
import org.rnngradientlab.core.GradientClip;
import org.rnngradientlab.core.GrowthFactor;
import org.rnngradientlab.core.Spectrum;

/**
 * A run as JSON, the output of {@code simulate --format json}. Keys, in this order: {@code params},
 * {@code norms}, {@code log10Norms}, {@code overflowStep}, {@code underflowStep}, {@code eigenvalues} (as
 * [re, im] pairs), {@code spectralRadius}, {@code singularValues}, {@code gradWhNorm}, {@code clipRate},
 * {@code clippedNorm}, {@code meanTanhPrime} (null in LSTM mode), in LSTM mode {@code cellNorms},
 * {@code log10CellNorms} and {@code meanForgetGate}, and {@code growthFactor} (see {@link GrowthFactor}; null for T &lt; 2).
 * Non-finite numbers, and log10 of 0, are written as null; the
 * others in their shortest round-trip form, as Python's repr prints them.
 */
public final class RunJson {

    private static final JsonFactory FACTORY = new ObjectMapper(JsonFactory.builder()
                    .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                    .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                    .build())
            .getFactory();

    private RunJson() {}

    /** Writes a complete run (spectrum and clipping present) to {@code out}, which stays open. */
    public static void write(BackpropRun run, Writer out) throws IOException {
        Spectrum spectrum = run.spectrum().orElseThrow(() -> new IllegalArgumentException("run has no spectrum"));
        GradientClip clip = run.clip().orElseThrow(() -> new IllegalArgumentException("run has no clipping result"));
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeFieldName("params");
            json.writeTree(LessonFile.paramsNode(run.params()));
            writeNumbers(json, "norms", run.norms().norms());
            writeNumbers(json, "log10Norms", run.norms().log10Norms());
            writeStep(json, "overflowStep", run.norms().overflowStep());
            writeStep(json, "underflowStep", run.norms().underflowStep());
            json.writeArrayFieldStart("eigenvalues");
            for (Complex z : spectrum.eigenvalues()) {
                json.writeStartArray();
                writeNumber(json, z.re());
                writeNumber(json, z.im());
                json.writeEndArray();
            }
            json.writeEndArray();
            writeNumber(json, "spectralRadius", spectrum.spectralRadius());
            writeNumbers(json, "singularValues", spectrum.singularValues());
            writeNumber(json, "gradWhNorm", clip.gradWhNorm());
            writeNumber(json, "clipRate", clip.clipRate());
            writeNumber(json, "clippedNorm", clip.clippedNorm());
            writeNumbers(json, "meanTanhPrime", run.meanTanhPrime());
            if (run.cellPath().isPresent()) {
                CellPath cell = run.cellPath().get();
                writeNumbers(json, "cellNorms", cell.norms().norms());
                writeNumbers(json, "log10CellNorms", cell.norms().log10Norms());
                writeNumbers(json, "meanForgetGate", cell.meanForgetGate());
            }
            writeNumber(json, "growthFactor", GrowthFactor.of(run.norms()).orElse(Double.NaN));
            json.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void writeNumbers(JsonGenerator json, String name, double[] values) throws IOException {
        json.writeArrayFieldStart(name);
        for (double value : values) {
            writeNumber(json, value);
        }
        json.writeEndArray();
    }

    private static void writeNumber(JsonGenerator json, String name, double value) throws IOException {
        json.writeFieldName(name);
        writeNumber(json, value);
    }

    private static void writeNumber(JsonGenerator json, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumber(value);
        } else {
            json.writeNull();
        }
    }

    private static void writeStep(JsonGenerator json, String name, OptionalInt step) throws IOException {
        json.writeFieldName(name);
        if (step.isPresent()) {
            json.writeNumber(step.getAsInt());
        } else {
            json.writeNull();
        }
    }
}
