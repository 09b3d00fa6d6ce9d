package de.fahrplan.reporting;

import java.util.List;

/**
 * What the owner reports on a measure for one period (form and API request). {@code milestones}
 * changes the milestones it names (by {@code milestoneId}); {@code spending} left out (null) keeps
 * what the update holds, given it replaces it.
 */
public class StatusUpdateInput {
  public TrafficLight trafficLight;
  public String explanation;
  public Integer progress;
  public String achieved;
  public String nextSteps;
  public String risks;
  public String decisionsNeeded;
  public List<MilestoneReportInput> milestones;
  public List<SpendingInput> spending;
}
