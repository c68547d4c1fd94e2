package org.rnngradientlab.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.text.NumberText;
import org.rnngradientlab.app.text.Resources;
import org.rnngradientlab.core.BackpropMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the eigenvalue panel says is true under the conditions it is shown in: ρ rules only the linear
 * (MatMul) pass; with tanh only Pascanu, Mikolov &amp; Bengio's singular-value conditions hold; a ρ that
 * rounds to 1 is the edge, never "1 &lt; 1".
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EigenViewTextTest {

    private String text(FxRobot robot, BackpropMode mode, double radius, double sigma) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            EigenView view =
                    new EigenView(new Messages(Resources.messages(Locale.ENGLISH), new NumberText(Locale.ROOT)));
            text.set(view.boundText(mode, radius, sigma, "γ = 1"));
        });
        return text.get();
    }

    @Test
    void withoutTanhRhoRulesAndItsEdgeIsNamed(FxRobot robot) {
        assertThat(text(robot, BackpropMode.MATMUL, 0.63, 1.33))
                .startsWith("ρ = 0.63 < 1")
                .contains("shrinks");
        assertThat(text(robot, BackpropMode.MATMUL, 1.26, 2.1))
                .startsWith("ρ = 1.26 > 1")
                .contains("grows");
        String edge = text(robot, BackpropMode.MATMUL, 0.99996, 1.8);
        assertThat(edge).contains("the edge").doesNotContain("< 1").doesNotContain("> 1");
    }

    @Test
    void withTanhOnlyTheSingularValueConditionsAreStatedAndRhoDecidesNothing(FxRobot robot) {
        assertThat(text(robot, BackpropMode.TANH, 0.5, 0.9))
                .contains("σmax·γ = 0.9 < 1")
                .contains("guaranteed");
        // Wh = [[2, 2], [-2, -2]]: ρ = 0, σmax = 4, and it can still grow
        String nilpotent = text(robot, BackpropMode.TANH, 0.0, 4.0);
        assertThat(nilpotent).contains("σmax·γ = 4 ≥ 1").contains("possible, not certain");
        assertThat(nilpotent).doesNotContain("vanishing is guaranteed").doesNotContain("ρ = 0");
        for (double radius : new double[] {0.5, 1.0, 3.0}) {
            assertThat(text(robot, BackpropMode.TANH, radius, 3.5))
                    .doesNotContain("needed to explode")
                    .doesNotContain("ρ = ");
        }
    }
}
