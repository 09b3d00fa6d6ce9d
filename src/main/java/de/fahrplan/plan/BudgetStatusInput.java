package de.fahrplan.plan;

/** A budget year's status after the council's budget decision, and why (kept in the history). */
public class BudgetStatusInput {
  public BudgetStatus budgetStatus;

  /** With "bewilligt": the amount approved, when it is not the planned money. */
  public java.math.BigDecimal approvedAmount;

  public String comment;
}
