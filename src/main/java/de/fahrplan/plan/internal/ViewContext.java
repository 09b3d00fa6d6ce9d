package de.fahrplan.plan.internal;

import de.fahrplan.plan.CriterionView;
import java.util.List;
import java.util.Map;

/**
 * What a measure's view needs beyond the measure: the strategy's first year, the municipality's
 * horizon thresholds and priority criteria, and how many measures depend on each measure.
 */
public record ViewContext(
    int startYear,
    int shortYears,
    int midYears,
    List<CriterionView> criteria,
    Map<Long, Integer> dependants) {

  /** The same context with the dependants of other measures. */
  public ViewContext withDependants(Map<Long, Integer> counted) {
    return new ViewContext(startYear, shortYears, midYears, criteria, counted);
  }
}
