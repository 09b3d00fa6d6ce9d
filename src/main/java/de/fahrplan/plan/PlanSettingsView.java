package de.fahrplan.plan;

import de.fahrplan.shared.web.Versioned;
import java.util.List;

/**
 * A municipality's planning settings: horizon thresholds and priority criteria. {@code version} is
 * 0 while the defaults are in use.
 */
public record PlanSettingsView(
    int shortYears, int midYears, List<CriterionView> criteria, long version)
    implements Versioned {}
