package de.fahrplan.reporting;

/** Opening a round: the strategy version and the period label; without one, the last ended. */
public class RoundInput {
  public Long strategyVersionId;
  public String period;
}
