package org.rnngradientlab.core.random;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.core.Golden;

/** The port of glibc's log, bit for bit against libm itself (called by scripts/make_golden.py through ctypes). */
class GlibcLogTest {

    @Test
    void equalsLibmToTheLastBitNearOneAcrossAllExponentsAndForSubnormals() throws Exception {
        JsonNode golden = Golden.read("random.json").get("glibcLog");
        int count = golden.get("count").asInt();
        LegacyRandomState random = new LegacyRandomState(golden.get("seed").asLong());
        ByteBuffer bytes = ByteBuffer.allocate(3 * count * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            double a = random.randomSample();
            double b = random.randomSample();
            double c = random.randomSample();
            bytes.putDouble(GlibcLog.log(0.9 + 0.2 * a));
            bytes.putDouble(GlibcLog.log(Math.scalb(1 + b, (int) Math.floor(c * 2100) - 1080)));
            bytes.putDouble(GlibcLog.log(a));
        }
        String digest =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        assertThat(digest).isEqualTo(golden.get("digest").asText());
    }

    @Test
    void specialValuesAreIeees() {
        assertThat(GlibcLog.log(1.0)).isEqualTo(0.0);
        assertThat(GlibcLog.log(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(GlibcLog.log(-1.0)).isNaN();
        assertThat(GlibcLog.log(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(GlibcLog.log(Double.NaN)).isNaN();
        assertThat(GlibcLog.log(Double.MIN_VALUE)).isEqualTo(-744.4400719213812);
    }
}
