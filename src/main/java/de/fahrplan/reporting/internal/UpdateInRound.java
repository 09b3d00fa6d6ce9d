package de.fahrplan.reporting.internal;

/** A status update with the round it belongs to, as one query reads them. */
public record UpdateInRound(StatusUpdate update, ReportingRound round) {}
