package de.fahrplan.organisation;

import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.web.Versioned;

/** A municipality as shown and returned by the API. */
public record BodyView(
    Long id,
    String name,
    String shortName,
    BodyType bodyType,
    String ags,
    String rgs,
    String website,
    String license,
    String slug,
    boolean hasLogo,
    boolean oparlPublished,
    boolean orgChartPublished,
    java.time.Instant created,
    java.time.Instant modified,
    long version)
    implements Versioned {

  public BodyInput toInput() {
    return Inputs.fill(this, new BodyInput());
  }
}
