package de.fahrplan.strategy;

import de.fahrplan.shared.web.Versioned;

/** A field of action of a strategy version. */
public record FieldOfActionView(
    Long id,
    Long versionId,
    int position,
    String code,
    String title,
    String description,
    long version)
    implements Versioned {

  public String label() {
    return code + " – " + title;
  }
}
