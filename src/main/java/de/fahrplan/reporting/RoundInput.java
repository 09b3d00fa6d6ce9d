package de.fahrplan.reporting;

import java.time.LocalDate;

/**
 * Opening a round: the strategy version and the period label (without one, the last ended); the due
 * date (without one, the schedule's days after the period); a due date that has already passed only
 * with {@code confirmPastDueDate}.
 */
public class RoundInput {
  public Long strategyVersionId;
  public String period;
  public LocalDate dueDate;
  public boolean confirmPastDueDate;
}
