package de.fahrplan.plan;

import java.time.LocalDate;

/** Form and API request for a milestone. */
public class MilestoneInput {
  public String title;
  public LocalDate plannedDate;
  public LocalDate actualDate;
  public boolean done;
}
