package de.fahrplan.council;

/** What a committee does with a paper in the Beratungsfolge (OParl: Consultation.role). */
public enum ConsultationRole {
  /** Vorberatung. */
  PRELIMINARY,
  /** Entscheidung: the consultation that decides (at most one per paper). */
  DECISION,
  /** Kenntnisnahme. */
  NOTICE,
  /** Anhörung. */
  HEARING
}
