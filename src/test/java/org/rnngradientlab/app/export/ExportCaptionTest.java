package org.rnngradientlab.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.text.NumberText;
import org.rnngradientlab.app.text.Resources;
import org.rnngradientlab.app.viewmodel.Verdict;
import org.rnngradientlab.core.BackpropMode;
import org.rnngradientlab.core.BackpropRun;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParams;

/** The caption of every export: the parameters, then the window's verdict and where its factor comes from. */
class ExportCaptionTest {

    private static final Messages ENGLISH =
            new Messages(Resources.messages(Locale.ENGLISH), new NumberText(Locale.ROOT));
    private static final Messages KOREAN = new Messages(Resources.messages(Locale.KOREAN), new NumberText(Locale.ROOT));

    @Test
    void aMeasuredVerdictNamesTheStepsItWasMeasuredOver() {
        BackpropRun run = new GradientSimulator()
                .run(SimulationParams.BOOK
                        .with(ChoiceParameter.MODE, BackpropMode.TANH)
                        .with(Parameter.SCALE, 0.5));
        String[] lines = ChartImage.caption(run, ENGLISH).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(ENGLISH.caption(run.params()));
        assertThat(lines[1]).matches("vanishing ×0\\.\\d\\d per step \\(measured over steps 6–20\\)");
    }

    @Test
    void inMatmulModeTheVerdictIsRhoAndTheMeasuredFactorIsNamedBesideIt() {
        // seed 3, H 3 at ×0.5: ρ(Wh) = 0.5·ρ(W0); the norms fall by about that per step
        BackpropRun run = new GradientSimulator().run(SimulationParams.BOOK.with(Parameter.SCALE, 0.5));
        String rho = spectralRadiusText(run);
        String[] lines = ChartImage.caption(run, ENGLISH).split("\n");
        assertThat(lines[1]).startsWith("vanishing " + rho + " per step (ρ(Wh); measured ×0.");
        assertThat(lines[1]).endsWith(" over steps 6–20)");
    }

    @Test
    void theCaptionFollowsTheLanguage() {
        BackpropRun run = new GradientSimulator().run(SimulationParams.BOOK.with(Parameter.SCALE, 3));
        String caption = ChartImage.caption(run, KOREAN);
        assertThat(caption.split("\n")[1]).startsWith("기울기 폭발: 시간마다 ×").contains("시간 6–20에서 측정");
    }

    private static String spectralRadiusText(BackpropRun run) {
        return Verdict.factorText(run.spectrum().orElseThrow().spectralRadius(), ENGLISH);
    }
}
