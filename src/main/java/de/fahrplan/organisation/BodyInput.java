package de.fahrplan.organisation;

/** What an operator enters for a municipality (form and API request). */
public class BodyInput {
  public String name;
  public String shortName;
  public BodyType bodyType;
  public String ags;
  public String rgs;
  public String website;
  public String license;
  public String slug;

  /** Publishes the public council data over OParl (/oparl/v1). */
  public boolean oparlPublished;

  /**
   * Publishes the org units as OParl Organizations of type "Verwaltungsbereich" (with the OParl
   * server only).
   */
  public boolean orgChartPublished;
}
