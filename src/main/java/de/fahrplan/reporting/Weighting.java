package de.fahrplan.reporting;

/** How measures weigh in a goal's progress: each the same, or by their planned money. */
public enum Weighting {
  EQUAL,
  BUDGET
}
