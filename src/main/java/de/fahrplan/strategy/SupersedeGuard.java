package de.fahrplan.strategy;

/**
 * Another module's say before a version in force is superseded: reporting refuses while the version
 * has an open round, so that no round is left behind on a plan no longer in force.
 */
public interface SupersedeGuard {

  /** Throws an {@code InvalidInputException} naming what must be done first. */
  void checkSupersede(long versionId);
}
