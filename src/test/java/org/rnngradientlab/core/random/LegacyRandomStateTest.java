package org.rnngradientlab.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rnngradientlab.core.Golden;

/** numpy's legacy RandomState, bit for bit: digests of a million draws written by scripts/make_golden.py. */
class LegacyRandomStateTest {

    static Stream<JsonNode> streams() {
        return StreamSupport.stream(Golden.read("random.json").get("streams").spliterator(), false);
    }

    @ParameterizedTest
    @MethodSource("streams")
    void aMillionRandnDrawsAreNumpysToTheLastBit(JsonNode stream) {
        LegacyRandomState random = new LegacyRandomState(stream.get("seed").asLong());
        assertThat(digest(random::standardNormal, stream.get("count").asInt()))
                .isEqualTo(stream.get("randn").asText());
    }

    @ParameterizedTest
    @MethodSource("streams")
    void aMillionRandDrawsAreNumpysToTheLastBit(JsonNode stream) {
        LegacyRandomState random = new LegacyRandomState(stream.get("seed").asLong());
        assertThat(digest(random::randomSample, stream.get("count").asInt()))
                .isEqualTo(stream.get("rand").asText());
    }

    @Test
    void seedThreeStartsWithTheBooksWeights() {
        LegacyRandomState random = new LegacyRandomState(3);
        double[] expected = Golden.doubles(Golden.read("random.json").get("seed3FirstRandn"));
        for (double value : expected) {
            assertThat(random.standardNormal()).isEqualTo(value);
        }
        assertThat(expected[0]).isEqualTo(1.7886284734303186);
    }

    @Test
    void aSnapshotReplaysTheSameDrawsIncludingTheCachedGaussian() {
        LegacyRandomState random = new LegacyRandomState(12345);
        random.standardNormal();
        LegacyRandomState.Snapshot position = random.snapshot();
        double[] first = {random.standardNormal(), random.standardNormal(), random.randomSample()};
        random.restore(position);
        double[] again = {random.standardNormal(), random.standardNormal(), random.randomSample()};
        assertThat(again).containsExactly(first);
        assertThat(random.snapshot()).isNotEqualTo(position);
    }

    @Test
    void seedsOutsideNumpysRangeAreRefused() {
        assertThatThrownBy(() -> new LegacyRandomState(-1)).hasMessageContaining("4294967295");
        assertThatThrownBy(() -> new LegacyRandomState(1L << 32)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String digest(DoubleSupplier draw, int count) {
        ByteBuffer bytes = ByteBuffer.allocate(count * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            bytes.putDouble(draw.getAsDouble());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
