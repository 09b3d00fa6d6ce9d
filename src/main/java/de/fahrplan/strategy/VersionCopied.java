package de.fahrplan.strategy;

import java.util.Map;

/**
 * A new version (Fortschreibung) was started as a copy of another; {@code goalIds} maps each goal
 * of the old version to its copy, so that the plan can copy the measures along.
 */
public record VersionCopied(long fromVersionId, long toVersionId, Map<Long, Long> goalIds) {}
