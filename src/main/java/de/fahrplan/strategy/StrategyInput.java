package de.fahrplan.strategy;

/** A new strategy: its title and the years it covers. */
public class StrategyInput {
  public String title;
  public Integer startYear;
  public Integer endYear;
}
