package de.fahrplan.council;

/** How often a reporting mandate asks for a report. */
public enum MandateCadence {
  QUARTERLY(3),
  HALF_YEARLY(6),
  YEARLY(12);

  private final int months;

  MandateCadence(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }
}
