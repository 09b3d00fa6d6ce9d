package de.fahrplan.plan;

/**
 * Where a priority criterion counts in the priority matrix: benefit (y axis), effort (x axis; a
 * high effort lowers the score), or only in the score.
 */
public enum CriterionAxis {
  BENEFIT,
  EFFORT,
  OTHER
}
