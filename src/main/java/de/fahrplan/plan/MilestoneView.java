package de.fahrplan.plan;

import de.fahrplan.shared.web.Versioned;
import java.time.LocalDate;

/**
 * A milestone: {@code plannedDate} as adopted; {@code forecastDate} the moved date reported (with
 * {@code moveReason}) while it is not reached; {@code overdue}: not done and the date it is
 * expected on ({@link #dueDate()}) has passed.
 */
public record MilestoneView(
    Long id,
    Long measureId,
    String title,
    LocalDate plannedDate,
    LocalDate actualDate,
    boolean done,
    LocalDate forecastDate,
    String moveReason,
    boolean overdue,
    long version)
    implements Versioned {

  /** The date the milestone is expected on: the moved one if it was moved, else the planned. */
  public LocalDate dueDate() {
    return forecastDate != null ? forecastDate : plannedDate;
  }
}
