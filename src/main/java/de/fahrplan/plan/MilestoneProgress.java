package de.fahrplan.plan;

import java.time.LocalDate;

/**
 * What became of a milestone, as an accepted status update reports it: reached on {@code
 * actualDate}, or expected on {@code forecastDate} for {@code reason}.
 */
public record MilestoneProgress(
    Long milestoneId, boolean done, LocalDate actualDate, LocalDate forecastDate, String reason) {}
