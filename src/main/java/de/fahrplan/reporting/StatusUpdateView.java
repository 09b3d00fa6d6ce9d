package de.fahrplan.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** The status update of one measure in one round. */
public record StatusUpdateView(
    Long id,
    Long roundId,
    String period,
    LocalDate dueDate,
    Long measureId,
    String measureLabel,
    Long assigneePersonId,
    Long orgUnitId,
    UpdateState state,
    TrafficLight trafficLight,
    String explanation,
    Integer progress,
    String achieved,
    String nextSteps,
    String risks,
    String decisionsNeeded,
    String returnComment,
    Instant submittedAt,
    boolean locked,
    long version) {

  /** Still to do by the owner and past the due date. */
  public boolean overdue(LocalDate today) {
    return state.editable() && !locked && today.isAfter(dueDate);
  }

  /** Fills {@code in} (an input or a form extending it) with what was reported. */
  public <T extends StatusUpdateInput> T into(T in) {
    in.trafficLight = trafficLight;
    in.explanation = explanation;
    in.progress = progress;
    in.achieved = achieved;
    in.nextSteps = nextSteps;
    in.risks = risks;
    in.decisionsNeeded = decisionsNeeded;
    return in;
  }
}
