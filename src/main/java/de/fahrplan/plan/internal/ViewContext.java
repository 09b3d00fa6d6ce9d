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
    Map<Long, Integer> dependants) {}
