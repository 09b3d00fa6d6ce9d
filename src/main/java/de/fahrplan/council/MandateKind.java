package de.fahrplan.council;

/** What a decision asks of the administration. */
public enum MandateKind {
  /** Berichtsauftrag: report to a committee at a cadence (fulfilled by each noted report paper). */
  REPORT,
  /** Umsetzungsauftrag: implement a measure by a date. */
  MEASURE,
  /** Fortschreibung vorlegen by a date (fulfilled when the council adopts the next version). */
  UPDATE,
  /** Prüfauftrag: examine something and report back. */
  EXAMINE
}
