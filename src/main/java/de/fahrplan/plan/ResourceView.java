package de.fahrplan.plan;

import java.math.BigDecimal;

/** Staff (FTE) and money (euro) of a measure in one budget year. */
public record ResourceView(
    Long id,
    Long measureId,
    int budgetYear,
    BigDecimal fteExisting,
    BigDecimal fteNew,
    BigDecimal fteExternal,
    BigDecimal consumptive,
    BigDecimal investive,
    String budgetProduct,
    String costCentre,
    String fundingSource,
    BudgetStatus budgetStatus,
    BigDecimal spent,
    long version) {

  public BigDecimal fteTotal() {
    return fteExisting.add(fteNew).add(fteExternal);
  }

  public BigDecimal moneyTotal() {
    return consumptive.add(investive);
  }
}
