package de.fahrplan.organisation;

/** Kind of municipality (Gebietskörperschaft). */
public enum BodyType {
  STADT,
  KREISFREIE_STADT,
  GEMEINDE,
  LANDKREIS,
  AMT,
  VERBANDSGEMEINDE,
  SAMTGEMEINDE,
  BEZIRK
}
