package de.fahrplan.plan;

/** Priority of a measure: hoch, mittel, niedrig. */
public enum PriorityClass {
  HIGH,
  MEDIUM,
  LOW
}
