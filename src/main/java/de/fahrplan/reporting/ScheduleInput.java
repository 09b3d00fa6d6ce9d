package de.fahrplan.reporting;

import java.util.Set;

/**
 * The reporting schedule and report settings of a strategy (form and API request). The roll-up and
 * report settings may be left out (null): they then stay as they are; the introduction is replaced.
 */
public class ScheduleInput {
  public Cadence cadence;
  public Integer dueDays;
  public Integer remindDaysBefore;
  public Integer remindDaysAfter;

  /** Progress of a measure = share of its milestones reached (instead of entered). */
  public Boolean progressFromMilestones;

  public Weighting weighting;
  public LightPolicy lightPolicy;

  /** Share-based policy: percent of reported measures from which their light sets the goal's. */
  public Integer shareThreshold;

  /** Sections of the progress report; null or empty means all. */
  public Set<ReportSection> reportSections;

  /** Introduction text at the start of every progress report. */
  public String reportIntro;
}
