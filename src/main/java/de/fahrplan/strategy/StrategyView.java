package de.fahrplan.strategy;

import de.fahrplan.shared.web.Versioned;
import java.util.List;

/** A strategy with its versions, newest first. */
public record StrategyView(
    Long id, String title, int startYear, int endYear, List<VersionView> versions, long version)
    implements Versioned {}
