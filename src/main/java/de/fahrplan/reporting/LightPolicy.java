package de.fahrplan.reporting;

/**
 * How the traffic light of a goal, field of action or org unit follows from its measures: worst-of
 * (one critical measure makes the goal critical) or share-based (a light once its share of the
 * reported measures reaches the threshold).
 */
public enum LightPolicy {
  WORST_OF,
  SHARE_BASED
}
