package de.fahrplan.council;

import de.fahrplan.shared.web.Versioned;
import java.time.LocalDate;

/**
 * A statement request and its answer; {@code addressee} is the unit's or body's name, {@code
 * delegate…} the person the unit's lead handed it on to, {@code answerFile…} the Anlage of an
 * answer "als Anlage", {@code overdue} true while unanswered after its due date ("keine Rückmeldung
 * bis …").
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
    Long delegatePersonId,
    String delegateName,
    Long answerFileId,
    String answerFileTitle,
    boolean overdue,
    long version)
    implements Versioned {}
