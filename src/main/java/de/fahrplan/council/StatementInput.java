package de.fahrplan.council;

import java.time.LocalDate;

/**
 * Asks an org unit or a body (exactly one) for a statement on a paper – or, {@code informedOnly},
 * only informs it and asks it to acknowledge – by {@code dueDate}. {@code delegatePersonId} hands a
 * unit's request straight to one of its people (a participant of the measure, an officer such as
 * the Datenschutzbeauftragte), who gets the mail and the task instead of the unit's lead.
 */
public class StatementInput {
  public Long orgUnitId;
  public Long organizationId;
  public boolean informedOnly;
  public LocalDate dueDate;
  public Long delegatePersonId;
}
