package de.fahrplan.reporting;

/** What the owner reports on a measure for one period (form and API request). */
public class StatusUpdateInput {
  public TrafficLight trafficLight;
  public String explanation;
  public Integer progress;
  public String achieved;
  public String nextSteps;
  public String risks;
  public String decisionsNeeded;
}
