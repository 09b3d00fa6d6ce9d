package de.fahrplan.strategy;

/** Whether a higher or a lower value of an indicator is better (more broadband, fewer days). */
public enum IndicatorDirection {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER;

  /** Whether {@code a} is at least as good as {@code b}. */
  boolean atLeastAsGood(double a, double b) {
    return this == HIGHER_IS_BETTER ? a >= b : a <= b;
  }
}
