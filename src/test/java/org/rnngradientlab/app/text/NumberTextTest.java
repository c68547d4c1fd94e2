package org.rnngradientlab.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    private final NumberText berlin = new NumberText(Locale.GERMANY);
    private final NumberText seoul = new NumberText(Locale.KOREA);

    @Test
    void readsEitherDecimalSeparatorWhateverTheLocale() {
        assertThat(berlin.parse("0,5")).hasValue(0.5);
        assertThat(berlin.parse("0.5")).hasValue(0.5);
        assertThat(seoul.parse("0,5")).hasValue(0.5);
        assertThat(seoul.parse(" 1e-3 ")).hasValue(0.001);
        assertThat(seoul.parse("−2")).hasValue(-2.0);
        assertThat(seoul.parse("4294967295")).hasValue(4294967295.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.000,5", "1,2,3", "NaN", "Infinity", "0x10", "1d", "--1", "1e", "½"})
    void refusesWhatIsNotANumber(String text) {
        assertThat(berlin.parse(text)).isEmpty();
    }

    @Test
    void writesInTheUsersFormat() {
        assertThat(berlin.fixed(0.797, 3)).isEqualTo("0,797");
        assertThat(seoul.fixed(0.797, 3)).isEqualTo("0.797");
        assertThat(berlin.atLeastOneDecimal(1, 4)).isEqualTo("1,0");
    }

    @Test
    void writesMagnitudesPastFloat64FromTheirLog10() {
        assertThat(seoul.ofLog10(450.5, 3)).isEqualTo("3.16 × 10⁴⁵⁰");
        assertThat(seoul.ofLog10(-1304.2, 2)).isEqualTo("6.3 × 10⁻¹³⁰⁵");
        assertThat(seoul.ofLog10(Math.log10(12.9), 3)).isEqualTo("12.9");
        assertThat(seoul.ofLog10(Double.NEGATIVE_INFINITY, 3)).isEqualTo("0");
        assertThat(seoul.ofLog10(5.999999, 2)).isEqualTo("1.0 × 10⁶");
        assertThat(NumberText.powerOfTen(-12)).isEqualTo("10⁻¹²");
    }
}
