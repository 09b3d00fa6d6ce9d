package de.fahrplan.plan;

/**
 * A dependency seen from one measure: the other measure, and {@code conflict} when the successor is
 * planned to start before the predecessor is planned to end.
 */
public record DependencyView(
    Long predecessorId,
    String predecessorLabel,
    Long successorId,
    String successorLabel,
    boolean conflict) {}
