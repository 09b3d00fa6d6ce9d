package de.fahrplan.plan;

import java.time.LocalDate;

/** A milestone; {@code overdue}: not done and its planned date has passed. */
public record MilestoneView(
    Long id,
    Long measureId,
    String title,
    LocalDate plannedDate,
    LocalDate actualDate,
    boolean done,
    boolean overdue,
    long version) {}
