package de.fahrplan.organisation;

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
    long version) {

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
