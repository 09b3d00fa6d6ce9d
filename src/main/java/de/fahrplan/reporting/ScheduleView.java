package de.fahrplan.reporting;

/** How often a strategy reports and how many days after a period's end reports are due. */
public record ScheduleView(Long strategyId, Cadence cadence, int dueDays, long version) {}
