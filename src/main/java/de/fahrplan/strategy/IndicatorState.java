package de.fahrplan.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The state of an indicator, from its newest measured value:
 *
 * <ul>
 *   <li>{@link #NO_DATA} – nothing measured yet;
 *   <li>{@link #REACHED} – the value has reached the target (or passed it in the better direction);
 *   <li>{@link #ON_TRACK} – the value is at least as good as the <em>linear path</em> from the
 *       baseline (value, date) to the target (value, date) on the day it was measured; before the
 *       baseline date the path is the baseline, after the target date it is the target;
 *   <li>{@link #BEHIND} – otherwise, so also every value after the target date that has not reached
 *       the target.
 * </ul>
 */
public enum IndicatorState {
  NO_DATA,
  ON_TRACK,
  BEHIND,
  REACHED;

  /** The value the linear path from baseline to target expects on {@code day}. */
  public static BigDecimal expected(
      BigDecimal baseline,
      LocalDate baselineDate,
      BigDecimal target,
      LocalDate targetDate,
      LocalDate day) {
    long total = ChronoUnit.DAYS.between(baselineDate, targetDate);
    long elapsed = Math.clamp(ChronoUnit.DAYS.between(baselineDate, day), 0, Math.max(total, 0));
    if (total <= 0) {
      return target;
    }
    return baseline.add(
        target
            .subtract(baseline)
            .multiply(BigDecimal.valueOf(elapsed))
            .divide(BigDecimal.valueOf(total), 4, java.math.RoundingMode.HALF_UP));
  }

  public static IndicatorState of(
      IndicatorDirection direction,
      BigDecimal baseline,
      LocalDate baselineDate,
      BigDecimal target,
      LocalDate targetDate,
      BigDecimal latest,
      LocalDate latestDate) {
    if (latest == null || latestDate == null) {
      return NO_DATA;
    }
    if (direction.atLeastAsGood(latest.doubleValue(), target.doubleValue())) {
      return REACHED;
    }
    BigDecimal path = expected(baseline, baselineDate, target, targetDate, latestDate);
    return direction.atLeastAsGood(latest.doubleValue(), path.doubleValue()) ? ON_TRACK : BEHIND;
  }
}
