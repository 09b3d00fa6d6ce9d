package de.fahrplan.reporting;

/** The parts of the progress report a municipality switches on or off. */
public enum ReportSection {
  SUMMARY,
  GOALS,
  MEASURES,
  RESOURCES,
  /** Aufträge aus Beschlüssen: the council's mandates concerning the strategy and their state. */
  MANDATES,
  OVERDUE
}
