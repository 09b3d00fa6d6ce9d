package de.fahrplan.strategy;

import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.web.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator of a goal with its measured values (oldest first), the newest of them, the value the
 * linear path expects on that day, the {@link IndicatorState state} and how much of the way from
 * baseline to target is done (0–100).
 */
public record IndicatorView(
    Long id,
    Long versionId,
    Long goalId,
    String name,
    String description,
    String unit,
    IndicatorDirection direction,
    BigDecimal baselineValue,
    LocalDate baselineDate,
    BigDecimal targetValue,
    LocalDate targetDate,
    List<IndicatorValueView> values,
    IndicatorValueView latest,
    BigDecimal expected,
    IndicatorState state,
    Integer progressPercent,
    long version)
    implements Versioned {

  /** Fills {@code in} (an input or a form extending it) with this indicator's definition. */
  public <T extends IndicatorInput> T into(T in) {
    return Inputs.fill(this, in);
  }
}
