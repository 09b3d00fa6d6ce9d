package de.fahrplan.strategy;

/** A field of action of a strategy version. */
public record FieldOfActionView(
    Long id,
    Long versionId,
    int position,
    String code,
    String title,
    String description,
    long version) {

  public String label() {
    return code + " – " + title;
  }
}
