package de.fahrplan.organisation;

/** Role of a person in a committee or working group. */
public enum MembershipRole {
  VORSITZ,
  STELLV_VORSITZ,
  MITGLIED,
  BERATENDES_MITGLIED,
  INFORMIERT
}
