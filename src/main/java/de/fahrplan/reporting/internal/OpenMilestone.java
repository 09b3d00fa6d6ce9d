package de.fahrplan.reporting.internal;

import java.time.LocalDate;

/**
 * A milestone not reached, as reported in a status update; {@code dueDate}: the moved date if any.
 */
public record OpenMilestone(
    Long updateId,
    Long measureId,
    String title,
    LocalDate plannedDate,
    LocalDate dueDate,
    String reason) {}
