package de.fahrplan.reporting;

/** The parts of the progress report a municipality switches on or off. */
public enum ReportSection {
  SUMMARY,
  GOALS,
  MEASURES,
  RESOURCES,
  OVERDUE
}
