package de.fahrplan.reporting;

import java.time.LocalDate;

/**
 * The owner's word on one milestone in a status update: reached (on which day), or a new planned
 * date with the reason.
 */
public class MilestoneReportInput {
  public Long milestoneId;
  public boolean done;
  public LocalDate actualDate;
  public LocalDate newPlannedDate;
  public String reason;
}
