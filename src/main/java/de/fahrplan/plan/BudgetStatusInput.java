package de.fahrplan.plan;

/** A budget year's status after the council's budget decision, and why (kept in the history). */
public class BudgetStatusInput {
  public BudgetStatus budgetStatus;
  public String comment;
}
