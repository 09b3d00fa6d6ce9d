package de.fahrplan.plan;

import java.math.BigDecimal;

/**
 * What one measure plans for one budget year: staff (FTE), money (euro), the budget status and the
 * amount approved when the council approved another than the planned one.
 */
public record YearBudget(
    Long measureId,
    int budgetYear,
    BudgetStatus status,
    BigDecimal fte,
    BigDecimal money,
    BigDecimal approvedAmount) {

  /** The money approved for the year: the one rule for the Lagebild and the resource table. */
  public BigDecimal approved() {
    return approvedOf(status, money, approvedAmount);
  }

  /**
   * Approved money of an entry: nothing unless its status is "bewilligt"; then the amount the
   * council approved, or the planned money when it approved the plan as it was.
   */
  public static BigDecimal approvedOf(
      BudgetStatus status, BigDecimal money, BigDecimal approvedAmount) {
    if (status != BudgetStatus.APPROVED) {
      return BigDecimal.ZERO.setScale(2);
    }
    return approvedAmount != null ? approvedAmount : money;
  }
}
