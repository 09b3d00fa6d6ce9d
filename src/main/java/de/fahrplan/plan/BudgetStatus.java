package de.fahrplan.plan;

/** geplant → angemeldet (Nachmeldeliste) → bewilligt, or abgelehnt. */
public enum BudgetStatus {
  PLANNED,
  REGISTERED,
  APPROVED,
  REJECTED
}
