package de.fahrplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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
  void aBrokenPatternIsFound() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new MessageFormat("{0,choice,1#eins|1<{0} viele", Locale.GERMAN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
