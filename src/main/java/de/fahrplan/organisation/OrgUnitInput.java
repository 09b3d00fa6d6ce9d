package de.fahrplan.organisation;

import java.time.LocalDate;

/** Form and API request for an org unit. */
public class OrgUnitInput {
  public String code;
  public String name;
  public Long parentId;
  public LocalDate validFrom;
  public LocalDate validUntil;

  /** The unit's head (Leitung): gets the reporting tasks of its people who left. */
  public Long leadPersonId;
}
