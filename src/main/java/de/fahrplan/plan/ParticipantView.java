package de.fahrplan.plan;

import de.fahrplan.shared.web.Versioned;

/** A participant of a measure with its RACI role; {@code name} is resolved for display. */
public record ParticipantView(
    Long id,
    Long measureId,
    Long orgUnitId,
    Long personId,
    Long organizationId,
    String name,
    Raci raci,
    String task,
    long version)
    implements Versioned {}
