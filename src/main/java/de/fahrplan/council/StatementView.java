package de.fahrplan.council;

import de.fahrplan.shared.web.Versioned;
import java.time.LocalDate;

/**
 * A statement request and its answer; {@code addressee} is the unit's or body's name, {@code
 * overdue} true while unanswered after its due date ("keine Rückmeldung bis …").
 */
public record StatementView(
    Long id,
    Long paperId,
    Long orgUnitId,
    Long organizationId,
    String addressee,
    boolean informedOnly,
    LocalDate requestedOn,
    LocalDate dueDate,
    StatementAnswer answer,
    String answerText,
    LocalDate answeredOn,
    String answeredBy,
    boolean overdue,
    long version)
    implements Versioned {}
