package de.fahrplan.reporting.internal;

/** A decision asked for in a reported status update. */
public record DecisionNeeded(Long updateId, Long measureId, String text) {}
