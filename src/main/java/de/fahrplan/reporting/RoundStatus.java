package de.fahrplan.reporting;

/** A round is open while the owners report; closing it locks every update. */
public enum RoundStatus {
  OPEN,
  CLOSED
}
