package de.fahrplan.reporting;

/**
 * How often a strategy reports, how many days after a period's end reports are due, and how many
 * days before and after the due date the owners of open updates are reminded.
 */
public record ScheduleView(
    Long strategyId,
    Cadence cadence,
    int dueDays,
    int remindDaysBefore,
    int remindDaysAfter,
    long version) {}
