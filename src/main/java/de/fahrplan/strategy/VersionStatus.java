package de.fahrplan.strategy;

/**
 * Life of a strategy version: only a draft can be changed; one version per strategy is in force.
 */
public enum VersionStatus {
  DRAFT,
  ADOPTED,
  IN_FORCE,
  SUPERSEDED
}
