package de.fahrplan.council;

import java.time.LocalDate;

/**
 * Where a mandate stands: OPEN, IN_PROGRESS and FULFILLED are kept; OVERDUE is computed – a mandate
 * not fulfilled whose due date has passed ({@link #of}; the list's filter in {@code
 * MandateRepository} is the same rule in SQL).
 */
public enum MandateState {
  OPEN,
  IN_PROGRESS,
  FULFILLED,
  OVERDUE;

  /** The state shown for a kept state and due date on {@code today}. */
  public static MandateState of(MandateState kept, LocalDate due, LocalDate today) {
    return kept != FULFILLED && due != null && due.isBefore(today) ? OVERDUE : kept;
  }
}
