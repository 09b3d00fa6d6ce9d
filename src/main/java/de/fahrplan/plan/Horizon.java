package de.fahrplan.plan;

import java.time.LocalDate;

/**
 * kurz-, mittel-, langfristig (as in the Rostock work plan). Derived from the planned end relative
 * to the first year of the strategy: up to "short years" short, up to "mid years" mid, beyond long.
 * The municipality sets both thresholds (defaults {@value #SHORT_YEARS} and {@value #MID_YEARS}); a
 * measure can also set its horizon by hand.
 */
public enum Horizon {
  SHORT,
  MID,
  LONG;

  public static final int SHORT_YEARS = 2;
  public static final int MID_YEARS = 4;

  /**
   * The horizon of a measure ending on {@code plannedEnd} in a strategy starting in {@code
   * startYear}; the planned end's year counts as a whole year.
   */
  public static Horizon derive(LocalDate plannedEnd, int startYear, int shortYears, int midYears) {
    if (plannedEnd == null) {
      return null;
    }
    int years = plannedEnd.getYear() - startYear + 1;
    return years <= shortYears ? SHORT : years <= midYears ? MID : LONG;
  }

  /**
   * The planned ends {@link #derive} gives this horizon, as a range for the database: from
   * (inclusive) before (exclusive), each far away where the range is open.
   */
  public EndRange endRange(int startYear, int shortYears, int midYears) {
    LocalDate midFrom = LocalDate.of(startYear + shortYears, 1, 1);
    LocalDate longFrom = LocalDate.of(startYear + midYears, 1, 1);
    return switch (this) {
      case SHORT -> new EndRange(EndRange.EARLIEST, midFrom);
      case MID -> new EndRange(midFrom, longFrom);
      case LONG -> new EndRange(longFrom, EndRange.LATEST);
    };
  }

  /** Planned ends from {@code from} (inclusive) before {@code before} (exclusive). */
  public record EndRange(LocalDate from, LocalDate before) {
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
  }
}
