package de.fahrplan.council;

import java.time.LocalDate;

/**
 * Asks an org unit or a body (exactly one) for a statement on a paper – or, {@code informedOnly},
 * only informs it and asks it to acknowledge – by {@code dueDate}.
 */
public class StatementInput {
  public Long orgUnitId;
  public Long organizationId;
  public boolean informedOnly;
  public LocalDate dueDate;
}
