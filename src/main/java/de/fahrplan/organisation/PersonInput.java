package de.fahrplan.organisation;

/** Form and API request for a person. */
public class PersonInput {
  public String title;
  public String givenName;
  public String familyName;
  public String jobFunction;
  public String email;
  public String phone;
  public Long orgUnitId;

  /** Left the administration on this day (ausgeschieden): open tasks move to the unit's lead. */
  public java.time.LocalDate leftOn;

  /** Agreed that the name appears as a member of a published committee (OParl). */
  public boolean published;
}
