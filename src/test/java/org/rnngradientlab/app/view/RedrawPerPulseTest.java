package org.rnngradientlab.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rnngradientlab.app.text.Messages;
import org.rnngradientlab.app.text.NumberText;
import org.rnngradientlab.app.text.Resources;
import org.rnngradientlab.app.viewmodel.LabViewModel;
import org.rnngradientlab.app.viewmodel.LiveSimulation;
import org.rnngradientlab.core.GradientSimulator;
import org.rnngradientlab.core.Parameter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A burst of changes costs one rebuild of the series per pulse: the simulation runs in the FX thread here,
 * so every one of the changes below publishes a new run at once, and still the view redraws once.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RedrawPerPulseTest {

    private LabViewModel model;
    private MainView view;

    @Start
    void start(Stage stage) {
        Resources.loadFonts();
        model = new LabViewModel(
                new LiveSimulation(new GradientSimulator(), Runnable::run, Runnable::run, Runnable::run));
        view = new MainView(
                model, new Messages(Resources.messages(Locale.ENGLISH), new NumberText(Locale.ROOT)), NO_COMMANDS);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void fiftyParameterChangesInOnePulseRebuildTheChartAtMostTwice(FxRobot robot) {
        awaitPulse(robot);
        int before = view.redraws();
        robot.interact(() -> {
            for (int i = 1; i <= 50; i++) {
                model.set(Parameter.SCALE, i / 25.0);
                model.showAsymptoteProperty().set(i % 2 == 0);
            }
        });
        awaitPulse(robot);
        assertThat(view.redraws() - before).isBetween(1, 2);
        List<XYChart.Series<Number, Number>> lines = view.chartPane().chart().getData();
        assertThat(lines)
                .as("what is drawn is the last change: ×2.0, with the asymptote")
                .anyMatch(series -> series.getNode().getStyleClass().contains("asymptote-line"));
        XYChart.Series<Number, Number> norm = lines.stream()
                .filter(series -> series.getNode().getStyleClass().contains("norm-line"))
                .findFirst()
                .orElseThrow();
        double last = norm.getData().get(norm.getData().size() - 1).getYValue().doubleValue();
        assertThat(last)
                .as("log10 of the book's norm at ×2.0: 2.40 + 20·log10 2")
                .isCloseTo(8.42, within(0.01));
    }

    private void awaitPulse(FxRobot robot) {
        CountDownLatch laidOut = new CountDownLatch(1);
        Runnable listener = laidOut::countDown;
        robot.interact(() -> {
            view.getScene().addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        try {
            assertThat(laidOut.await(10, TimeUnit.SECONDS)).as("a pulse").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        robot.interact(() -> view.getScene().removePostLayoutPulseListener(listener));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static final MenuCommands NO_COMMANDS = new MenuCommands(
            new LessonCommands() {
                @Override
                public void openLesson() {}

                @Override
                public void openLesson(Path path) {}

                @Override
                public List<Path> recentLessons() {
                    return List.of();
                }

                @Override
                public void saveLesson() {}
            },
            new ExportCommands() {
                @Override
                public void exportChart() {}

                @Override
                public void copyChart() {}

                @Override
                public void exportCsv() {}

                @Override
                public void exportPython() {}
            },
            new AppearanceCommands() {
                @Override
                public boolean projectorMode() {
                    return false;
                }

                @Override
                public void setProjectorMode(boolean on) {}

                @Override
                public boolean darkTheme() {
                    return false;
                }

                @Override
                public void setDarkTheme(boolean on) {}

                @Override
                public String language() {
                    return "en";
                }

                @Override
                public void setLanguage(String language) {}
            },
            new HelpCommands() {
                @Override
                public void showShortcuts() {}

                @Override
                public void showAbout() {}

                @Override
                public void quit() {}
            });
}
