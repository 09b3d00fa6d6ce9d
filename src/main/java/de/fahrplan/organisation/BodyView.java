package de.fahrplan.organisation;

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
    long version)
    implements Versioned {

  public BodyInput toInput() {
    BodyInput in = new BodyInput();
    in.name = name;
    in.shortName = shortName;
    in.bodyType = bodyType;
    in.ags = ags;
    in.rgs = rgs;
    in.website = website;
    in.license = license;
    in.slug = slug;
    return in;
  }
}
