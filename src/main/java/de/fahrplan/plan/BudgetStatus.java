package de.fahrplan.plan;

/**
 * geplant → angemeldet (Nachmeldeliste) → bewilligt, or abgelehnt; gesperrt: approved, but held
 * back by a budget freeze (Haushaltssperre).
 */
public enum BudgetStatus {
  PLANNED,
  REGISTERED,
  APPROVED,
  REJECTED,
  BLOCKED
}
