package de.fahrplan.plan;

import java.time.LocalDate;

/**
 * kurz-, mittel-, langfristig (as in the Rostock work plan). Derived from the planned end relative
 * to the first year of the strategy: up to {@value #SHORT_YEARS} years short, up to {@value
 * #MID_YEARS} mid, beyond long; a measure can also set it by hand.
 */
public enum Horizon {
  SHORT,
  MID,
  LONG;

  public static final int SHORT_YEARS = 2;
  public static final int MID_YEARS = 4;

  /**
   * The horizon of a measure ending on {@code plannedEnd} in a strategy starting in {@code
   * startYear}.
   */
  public static Horizon derive(LocalDate plannedEnd, int startYear) {
    if (plannedEnd == null) {
      return null;
    }
    int years = plannedEnd.getYear() - startYear + 1;
    return years <= SHORT_YEARS ? SHORT : years <= MID_YEARS ? MID : LONG;
  }
}
