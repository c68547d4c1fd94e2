package org.rnngradientlab.app.view.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class LogTicksTest {

    @Test
    void aFewDecadesGetEveryDecadeAndMinorTicksAtTwoToNine() {
        LogTicks ticks = LogTicks.of(-1, 3, 400, 34);
        assertThat(ticks.decadeStep()).isEqualTo(1);
        assertThat(ticks.majors()).containsExactly(-1L, 0L, 1L, 2L, 3L);
        assertThat(ticks.minors()).hasSize(4 * 8);
        assertThat(ticks.minors().get(0)).isCloseTo(-1 + Math.log10(2), within(1e-12));
    }

    @Test
    void aThousandDecadesPastFloat64GetRoundSteps() {
        LogTicks ticks = LogTicks.of(0, 1300, 400, 34);
        assertThat(ticks.decadeStep()).isEqualTo(200);
        assertThat(ticks.majors()).containsExactly(0L, 200L, 400L, 600L, 800L, 1000L, 1200L);
        assertThat(ticks.minors()).contains(40.0, 1240.0).doesNotContain(200.0, 1200.0);
    }

    @Test
    void fittingKeepsWholeDecadesAroundTheData() {
        assertThat(LogTicks.fit(-3.62, 0.39)).containsExactly(-4, 1);
        assertThat(LogTicks.fit(2.0, 2.0)).containsExactly(2, 3);
        assertThat(LogTicks.fit(Double.NEGATIVE_INFINITY, 1)).containsExactly(-1, 1);
    }

    @Property(tries = 300)
    void majorTicksAreWholeDecadesInRangeAndAtLeastTheSpacingApart(
            @ForAll @DoubleRange(min = -3000, max = 3000) double lower,
            @ForAll @DoubleRange(min = 1, max = 5000) double span,
            @ForAll @DoubleRange(min = 80, max = 2000) double length) {
        LogTicks ticks = LogTicks.of(lower, lower + span, length, 34);
        double pixelsPerDecade = length / span;
        assertThat(ticks.decadeStep() * pixelsPerDecade).isGreaterThanOrEqualTo(34);
        for (long major : ticks.majors()) {
            assertThat(major % ticks.decadeStep()).isZero();
            assertThat((double) major).isBetween(lower - 1e-9, lower + span + 1e-9);
        }
        for (double minor : ticks.minors()) {
            assertThat(minor).isBetween(lower, lower + span);
        }
    }
}
