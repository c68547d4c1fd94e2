package org.rnngradientlab.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** The mantissa·2^exponent bookkeeping the experiments share. */
class LogSpaceTest {

    @Property(tries = 300)
    void powersAreTheRenormalisedPowersOfM(@ForAll @DoubleRange(min = 0.001, max = 10) @Scale(4) double m) {
        LogSpace.Powers powers = LogSpace.powers(m, 60);
        double plain = 1.0;
        for (int j = 0; j < 60; j++) {
            double mantissa = powers.mantissa()[j];
            assertThat(mantissa).isGreaterThanOrEqualTo(1.0).isLessThan(2.0);
            assertThat(Math.scalb(mantissa, powers.exponent()[j])).isCloseTo(plain, within(1e-13 * plain));
            plain *= m;
        }
    }

    @Test
    void powersGoExactlyFarPastFloat64() {
        LogSpace.Powers powers = LogSpace.powers(3.0, 10_001);
        double log10 = Math.log10(powers.mantissa()[10_000]) + powers.exponent()[10_000] * Math.log10(2);
        assertThat(log10).isCloseTo(10_000 * Math.log10(3.0), within(1e-9));
        LogSpace.Powers zero = LogSpace.powers(0.0, 3);
        assertThat(zero.mantissa()).containsExactly(1.0, 0.0, 0.0);
    }

    @Test
    void renormalizeIsExactAndPutsTheLargestInOneToTwo() {
        double[] v = {0x1p-1060, -3 * 0x1p-1070, 0.0}; // below 2^-1023, where 2^1060 itself overflows
        double[] before = v.clone();
        int e = LogSpace.renormalize(v, 0, v.length);
        assertThat(v[0]).isEqualTo(1.0);
        assertThat(v[1]).isEqualTo(-3 * 0x1p-10);
        for (int i = 0; i < v.length; i++) {
            assertThat(Math.scalb(v[i], e)).isEqualTo(before[i]);
        }
        assertThat(LogSpace.renormalize(new double[] {0, 0}, 0, 2)).isZero();
        double[] huge = {-0x1.8p1023, 1.0};
        assertThat(LogSpace.renormalize(huge, 0, 2)).isEqualTo(1023);
        assertThat(huge).containsExactly(-1.5, 0x1p-1023);
    }
}
