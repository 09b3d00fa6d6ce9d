package de.fahrplan.plan;

import java.time.LocalDate;

/**
 * The execution state of a measure of the plan in force: status (deferred and cancelled with a
 * reason), actual start and end, and why it changed ({@code comment}, kept in the history).
 */
public class ExecutionInput {
  public MeasureStatus status;
  public String statusReason;
  public LocalDate actualStart;
  public LocalDate actualEnd;
  public String comment;
}
