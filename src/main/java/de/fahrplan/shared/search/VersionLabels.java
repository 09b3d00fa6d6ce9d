package de.fahrplan.shared.search;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How hits of a strategy version (measures, goals) are named: „M-12 – … (Fassung 1, in Kraft)“. */
@Component
public class VersionLabels {

  private final MessageSource messages;

  VersionLabels(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * @param status the version's status name, e.g. {@code IN_FORCE}
   */
  public String of(String label, int versionNumber, String status) {
    var locale = LocaleContextHolder.getLocale();
    return messages.getMessage(
        "search.versioned",
        new Object[] {
          label,
          String.valueOf(versionNumber),
          messages.getMessage("versionStatus." + status, null, status, locale)
        },
        locale);
  }
}
