package de.fahrplan.plan;

/**
 * RACI role of a further participant. "Accountable" is not among them: the responsible person of
 * the measure is the one accountable.
 */
public enum Raci {
  RESPONSIBLE,
  CONSULTED,
  INFORMED
}
