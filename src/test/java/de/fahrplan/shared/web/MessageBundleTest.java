package de.fahrplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of the German and English bundles is a valid message pattern (no page breaks on it).
 */
class MessageBundleTest {

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (var in = MessageBundleTest.class.getResourceAsStream("/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_en.properties"})
  void everyTextIsAValidMessagePattern(String bundle) throws Exception {
    Properties p = load(bundle);
    List<String> broken = new ArrayList<>();
    for (String key : p.stringPropertyNames()) {
      try {
        new MessageFormat(p.getProperty(key), Locale.GERMAN).format(new Object[] {1, 2, 3, 4});
      } catch (IllegalArgumentException e) {
        broken.add(key + ": " + e.getMessage());
      }
    }
    assertThat(p).isNotEmpty();
    assertThat(broken).isEmpty();
  }

  @Test
  void bothLanguagesHaveEveryKey() throws Exception {
    Set<String> german = load("messages.properties").stringPropertyNames();
    Set<String> english = load("messages_en.properties").stringPropertyNames();
    assertThat(new TreeSet<>(english)).as("keys missing in English").containsAll(german);
    assertThat(new TreeSet<>(german)).as("keys missing in German").containsAll(english);
  }

  /** A count of one reads in the singular („1 Maßnahme“, not „1 Maßnahmen“), in both languages. */
  @Test
  void aCountOfOneIsSingular() throws Exception {
    Properties german = load("messages.properties");
    Properties english = load("messages_en.properties");
    assertThat(
            new MessageFormat(german.getProperty("plan.count"), Locale.GERMAN)
                .format(new Object[] {1}))
        .isEqualTo("1 Maßnahme");
    assertThat(
            new MessageFormat(german.getProperty("plan.count"), Locale.GERMAN)
                .format(new Object[] {1200}))
        .isEqualTo("1.200 Maßnahmen");
    assertThat(
            new MessageFormat(german.getProperty("rollUp.progress"), Locale.GERMAN)
                .format(new Object[] {1, 0, 1, 0}))
        .isEqualTo("1 Teilprojekt; 0 von 1 Meilenstein erreicht (0 %).");
    assertThat(
            new MessageFormat(english.getProperty("reporting.reminded"), Locale.ENGLISH)
                .format(new Object[] {1}))
        .isEqualTo("1 person was reminded.");
    assertThat(
            new MessageFormat(english.getProperty("paging.info"), Locale.ENGLISH)
                .format(new Object[] {1, 1, 1}))
        .isEqualTo("Page 1 of 1 (1 entry)");
  }

  /** A translation keeps every placeholder, and no quote (a straight apostrophe) swallows one. */
  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_en.properties"})
  void placeholdersSurviveFormattingAndTranslation(String bundle) throws Exception {
    Properties p = load(bundle);
    Properties german = load("messages.properties");
    List<String> broken = new ArrayList<>();
    Pattern placeholder = Pattern.compile("\\{(\\d)");
    for (String key : p.stringPropertyNames()) {
      String text = p.getProperty(key);
      Set<String> own = new TreeSet<>();
      placeholder.matcher(text).results().forEach(m -> own.add(m.group(1)));
      Set<String> original = new TreeSet<>();
      placeholder
          .matcher(german.getProperty(key, ""))
          .results()
          .forEach(m -> original.add(m.group(1)));
      if (!own.equals(original)) {
        broken.add(key + ": placeholders " + own + " instead of " + original);
      }
      if (!own.isEmpty()) {
        String formatted =
            new MessageFormat(text, Locale.GERMAN)
                .format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        if (placeholder.matcher(formatted).find()) {
          broken.add(key + ": a quote keeps a placeholder from being filled: " + formatted);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void aBrokenPatternIsFound() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new MessageFormat("{0,choice,1#eins|1<{0} viele", Locale.GERMAN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
