package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.TrafficLight;
import de.fahrplan.reporting.UpdateState;

/** What the dashboard needs of one status update, read without loading the entity. */
public record UpdateFigures(
    Long measureId,
    Long orgUnitId,
    UpdateState state,
    TrafficLight trafficLight,
    Integer progress) {

  /** Submitted or accepted: only these count in roll-ups. */
  public boolean reported() {
    return !state.editable();
  }
}
