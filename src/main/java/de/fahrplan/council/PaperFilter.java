package de.fahrplan.council;

/** The paper list's filters, for page and API alike; every one is optional. */
public record PaperFilter(String q, String type, Long committee, PaperState state) {

  public static PaperFilter none() {
    return new PaperFilter(null, null, null, null);
  }
}
