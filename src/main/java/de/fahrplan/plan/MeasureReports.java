package de.fahrplan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the owners reported on a measure over the rounds – the timeline of its page. Implemented by
 * the module that keeps the status updates; without one, the page shows none.
 */
public interface MeasureReports {

  /** The measure's submitted and accepted status updates, the latest round first. */
  List<Reported> of(long measureId);

  /**
   * One round's status update: its traffic light (the name of the light, {@code trafficLight.…}),
   * progress, texts, the milestones reported and the money and staff spent per budget year.
   */
  record Reported(
      long updateId,
      String period,
      LocalDate dueDate,
      boolean accepted,
      String light,
      Integer progress,
      String explanation,
      String achieved,
      String nextSteps,
      String risks,
      String decisionsNeeded,
      List<Milestone> milestones,
      List<Spent> spending) {}

  /** A milestone as reported: reached on a day, or expected on a (new) day. */
  record Milestone(String title, boolean done, LocalDate date) {}

  /** What was spent in one budget year, as reported. */
  record Spent(int budgetYear, BigDecimal spent, BigDecimal fteUsed) {}
}
