package de.fahrplan.council;

import java.time.LocalDate;

/**
 * Form and API request for a mandate. {@code dueDate}: for a reporting mandate the day the next
 * report is due (it moves on by the cadence with every report paper the committee notes).
 */
public class MandateInput {
  public MandateKind kind;
  public String description;
  public Long addresseeUnitId;
  public Long committeeId;
  public Long measureId;
  public LocalDate dueDate;
  public MandateCadence cadence;

  /** OPEN or IN_PROGRESS; FULFILLED is recorded with {@link FulfilmentInput}. */
  public MandateState state = MandateState.OPEN;
}
