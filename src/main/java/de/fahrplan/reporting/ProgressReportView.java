package de.fahrplan.reporting;

import java.time.Instant;

/** A progress report in the archive of a strategy. */
public record ProgressReportView(
    Long id, Long roundId, Long strategyId, String period, String title, Instant createdAt) {}
