package de.fahrplan.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A choice in a select: the submitted value and the visible label. */
public record Option(String value, String label) {

  /** One option per constant, labelled by the message {@code prefix + name}. */
  public static List<Option> ofEnum(
      Enum<?>[] values, String prefix, MessageSource messages, Locale locale) {
    return Arrays.stream(values)
        .map(v -> new Option(v.name(), messages.getMessage(prefix + v.name(), null, locale)))
        .toList();
  }
}
