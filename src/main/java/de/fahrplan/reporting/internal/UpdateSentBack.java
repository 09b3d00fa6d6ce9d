package de.fahrplan.reporting.internal;

/**
 * A status update went back to its owner with the coordination's comment: returned during the
 * round, or reopened after it closed. Published by the entity when it is saved.
 */
public record UpdateSentBack(Long updateId, Long roundId, String comment) {}
