package de.fahrplan.plan;

/** Where a measure is carried out: in one department, across departments, with other councils. */
public enum MeasureLevel {
  DEPARTMENT,
  CROSS_DEPARTMENT,
  INTERMUNICIPAL
}
