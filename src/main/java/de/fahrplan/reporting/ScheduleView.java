package de.fahrplan.reporting;

import de.fahrplan.shared.web.Versioned;
import java.util.Set;

/**
 * How often a strategy reports, how many days after a period's end reports are due, how many days
 * before and after the due date the owners of open updates are reminded, how measures roll up to
 * goals (see {@link StatusRollUp}), and what the progress report contains.
 */
public record ScheduleView(
    Long strategyId,
    Cadence cadence,
    int dueDays,
    int remindDaysBefore,
    int remindDaysAfter,
    boolean progressFromMilestones,
    Weighting weighting,
    LightPolicy lightPolicy,
    int shareThreshold,
    Set<ReportSection> reportSections,
    String reportIntro,
    long version)
    implements Versioned {

  public boolean shows(ReportSection section) {
    return reportSections.contains(section);
  }
}
