package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.SpendingInput;
import de.fahrplan.reporting.StatusUpdateView.SpendingLine;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    return RecordedLines.spending(budgetYear, spent, fteUsed, planned);
  }

  /**
   * The spending lines of an edit: a budget year of the strategy, each year once, amounts from 0 up
   * to what a municipal budget can hold.
   */
  static void check(List<SpendingInput> lines, StatusUpdate.EditContext ctx, Rules rules) {
    if (lines == null) {
      return;
    }
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      SpendingInput line = lines.get(i);
      String field = "spending[" + i + "]";
      if (line == null || (line.spent == null && line.fteUsed == null)) {
        continue;
      }
      rules
          .required(field + ".budgetYear", line.budgetYear)
          .check(
              line.budgetYear == null
                  || (line.budgetYear >= ctx.firstYear() && line.budgetYear <= ctx.lastYear()),
              field + ".budgetYear",
              "resource.yearOutsidePeriod",
              String.valueOf(ctx.firstYear()),
              String.valueOf(ctx.lastYear()))
          .check(
              line.budgetYear == null || years.add(line.budgetYear),
              field + ".budgetYear",
              "resource.yearTaken",
              String.valueOf(line.budgetYear))
          .amount(field + ".spent", line.spent, MAX_EURO, 2, "resource.amount")
          .amount(field + ".fteUsed", line.fteUsed, MAX_FTE, 2, "resource.amount");
    }
  }

  /**
   * Applies the checked lines of an edit to an update's rows, in place: a year's row is updated,
   * not deleted and inserted (unique per year); a year without figures goes, and the rows stay
   * sorted.
   */
  static void apply(List<SpendingReport> rows, List<SpendingInput> lines, Set<Integer> planned) {
    Map<Integer, SpendingReport> byYear = new HashMap<>();
    rows.forEach(x -> byYear.put(x.budgetYear, x));
    Set<Integer> given = new HashSet<>();
    for (SpendingInput line : lines) {
      if (line.spent == null && line.fteUsed == null) {
        continue;
      }
      given.add(line.budgetYear);
      boolean inPlan = planned.contains(line.budgetYear);
      SpendingReport row = byYear.get(line.budgetYear);
      if (row == null) {
        rows.add(
            new SpendingReport(line.budgetYear, scaled(line.spent), scaled(line.fteUsed), inPlan));
      } else {
        row.set(scaled(line.spent), scaled(line.fteUsed), inPlan);
      }
    }
    rows.removeIf(x -> !given.contains(x.budgetYear));
    rows.sort(Comparator.comparing(SpendingReport::budgetYear));
  }

  private static BigDecimal scaled(BigDecimal b) {
    return b == null ? null : b.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static final BigDecimal MAX_EURO = new BigDecimal("999999999999");
  private static final BigDecimal MAX_FTE = new BigDecimal("99999");
}
