package de.fahrplan.council;

/** The answer to a statement request (Stellungnahme) or to an information (Kenntnisnahme). */
public enum StatementAnswer {
  /** Zustimmung. */
  APPROVAL,
  /** keine Bedenken. */
  NO_CONCERNS,
  /** Bedenken. */
  CONCERNS,
  /** Ablehnung. */
  REJECTION,
  /** Stellungnahme als Anlage. */
  ATTACHED,
  /** zur Kenntnis genommen (the answer of those only informed). */
  ACKNOWLEDGED
}
