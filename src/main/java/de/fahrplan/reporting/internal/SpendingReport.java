package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.StatusUpdateView.SpendingLine;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * Money spent to date and staff used in one budget year, as reported in a status update; {@code
 * planned} says whether the measure plans anything for that year (spending without a plan is
 * allowed, but flagged).
 */
@Entity
@Table(name = "status_update_spending")
public class SpendingReport extends TenantEntity {

  private int budgetYear;
  private BigDecimal spent;
  private BigDecimal fteUsed;
  private boolean planned;

  protected SpendingReport() {}

  SpendingReport(int budgetYear, BigDecimal spent, BigDecimal fteUsed, boolean planned) {
    this.budgetYear = budgetYear;
    this.spent = spent;
    this.fteUsed = fteUsed;
    this.planned = planned;
  }

  void set(BigDecimal spent, BigDecimal fteUsed, boolean planned) {
    this.spent = spent;
    this.fteUsed = fteUsed;
    this.planned = planned;
  }

  int budgetYear() {
    return budgetYear;
  }

  SpendingReport carryOver() {
    return new SpendingReport(budgetYear, spent, fteUsed, planned);
  }

  SpendingLine line() {
    return new SpendingLine(budgetYear, spent, fteUsed, planned);
  }

  String auditText() {
    return budgetYear
        + ": "
        + spent
        + " EUR, "
        + fteUsed
        + " VZÄ"
        + (planned ? "" : " (ohne Planung)");
  }
}
