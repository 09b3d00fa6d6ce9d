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
}
