package de.fahrplan.organisation;

/** What an organisation import file contains. */
public enum ImportKind {
  ORG_UNITS,
  PERSONS
}
