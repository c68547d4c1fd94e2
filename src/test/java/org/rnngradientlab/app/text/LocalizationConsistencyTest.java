package org.rnngradientlab.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rnngradientlab.app.viewmodel.Preset;
import org.rnngradientlab.core.Choice;
import org.rnngradientlab.core.ChoiceParameter;
import org.rnngradientlab.core.Parameter;
import org.rnngradientlab.core.SimulationParameter;

/**
 * English and Korean are complete: the same keys, the same placeholders, no empty text, and every key the
 * code asks for exists (after JabRef's LocalizationConsistencyTest).
 */
class LocalizationConsistencyTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_IN_CODE =
            Pattern.compile("(?:text|format|entry|item|toggle)\\(\\s*\"([a-z][A-Za-z0-9.\\-]+)\"");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        assertThat(load("messages_ko.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyTextHasTheSamePlaceholdersInBothLanguagesAndNoneIsEmpty() throws IOException {
        Properties english = load("messages.properties");
        Properties korean = load("messages_ko.properties");
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(korean.getProperty(key)).as(key).isNotBlank();
            assertThat(placeholders(korean.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/rnngradientlab/app"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        for (Preset preset : Preset.values()) {
            used.add("preset." + preset.id());
        }
        // what Messages and the controls ask for, for every entry of the parameter set
        for (SimulationParameter parameter : SimulationParameter.all()) {
            used.add(parameter.messageKey() + ".name");
            used.add(parameter.messageKey() + ".tooltip");
            if (parameter instanceof Parameter) {
                used.add(parameter.messageKey() + ".caption");
                used.add(parameter.messageKey() + ".python");
            } else {
                for (Choice value : ((ChoiceParameter<?>) parameter).values()) {
                    String stem = parameter.messageKey() + "." + value.id();
                    used.add(stem);
                    used.add(parameter == ChoiceParameter.SCALE_MODE ? stem + ".value" : stem + ".short");
                }
            }
        }
        for (String language : new String[] {"en", "ko"}) {
            used.add("language." + language);
        }
        assertThat(used).hasSizeGreaterThan(80);
        assertThat(keys).containsAll(used);
    }

    /**
     * A text with {0}… goes through MessageFormat, where a lone apostrophe starts a quote and silently eats the
     * rest, placeholders included: such texts must write '' for an apostrophe, and every placeholder must
     * survive formatting. A text without placeholders is shown as it is, so '' there would show twice.
     */
    @Test
    void apostrophesAreWrittenTheWayEachTextIsRead() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_ko.properties"}) {
            Properties texts = load(name);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                Set<String> found = placeholders(text);
                if (found.isEmpty()) {
                    assertThat(text).as(name + " " + key + " is shown as it is").doesNotContain("''");
                    continue;
                }
                Object[] markers = new Object
                        [found.stream().mapToInt(Integer::parseInt).max().orElse(0) + 1];
                for (int i = 0; i < markers.length; i++) {
                    markers[i] = "\u0001" + i + "\u0002";
                }
                String formatted = new MessageFormat(text, Locale.ROOT).format(markers);
                for (String index : found) {
                    assertThat(formatted)
                            .as(name + " " + key + " keeps {" + index + "}")
                            .contains(markers[Integer.parseInt(index)].toString());
                }
                long doubled = text.split("''", -1).length - 1;
                assertThat(text.replace("''", ""))
                        .as(name + " " + key + ": a lone ' starts a quote")
                        .doesNotContain("'");
                assertThat(formatted.chars().filter(c -> c == '\'').count())
                        .as(name + " " + key + ": every apostrophe written as ''")
                        .isEqualTo(doubled);
            }
        }
    }

    /** A key the code formats with arguments has placeholders, so its apostrophes follow the rule above. */
    @Test
    void everyFormattedKeyHasPlaceholders() throws IOException {
        Properties english = load("messages.properties");
        Pattern formatCall = Pattern.compile("format\\(\\s*\"([a-z][A-Za-z0-9.\\-]+)\"\\s*,");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/rnngradientlab/app"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = formatCall.matcher(Files.readString(file));
                while (matcher.find()) {
                    String text = english.getProperty(matcher.group(1));
                    if (text != null) {
                        assertThat(placeholders(text))
                                .as(file.getFileName() + ": " + matcher.group(1))
                                .isNotEmpty();
                    }
                }
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Resources.url("i18n/" + name).openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
