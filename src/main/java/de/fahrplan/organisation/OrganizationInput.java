package de.fahrplan.organisation;

import java.time.LocalDate;

/** Form and API request for a committee or working group. */
public class OrganizationInput {
  public String name;
  public String shortName;
  public OrganizationClassification classification;
  public LocalDate startDate;
  public LocalDate endDate;

  /** Shown on the OParl server, with the members who agreed (Koordinierungsgruppen: no). */
  public boolean published;
}
