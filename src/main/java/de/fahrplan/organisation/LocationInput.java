package de.fahrplan.organisation;

/** Form and API request for a place where committees meet (OParl Location). */
public class LocationInput {
  /** How people name the place, e.g. "Rathaus, Sitzungssaal 1"; unique in the municipality. */
  public String description;

  public String streetAddress;
  public String room;
  public String postalCode;
  public String locality;
}
