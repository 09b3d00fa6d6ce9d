package de.fahrplan.reporting;

/** The traffic light of a status update; anything but "im Plan" needs an explanation. */
public enum TrafficLight {
  ON_TRACK,
  AT_RISK,
  CRITICAL,
  COMPLETED;

  public boolean needsExplanation() {
    return this == AT_RISK || this == CRITICAL;
  }
}
