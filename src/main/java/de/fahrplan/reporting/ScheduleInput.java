package de.fahrplan.reporting;

/** The reporting schedule of a strategy (form and API request). */
public class ScheduleInput {
  public Cadence cadence;
  public Integer dueDays;
  public Integer remindDaysBefore;
  public Integer remindDaysAfter;
}
