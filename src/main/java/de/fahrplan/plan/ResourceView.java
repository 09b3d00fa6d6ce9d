package de.fahrplan.plan;

import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.web.Versioned;
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
    BigDecimal approvedAmount,
    long version)
    implements Versioned {

  /** This entry as input, to change some amounts and save. */
  public ResourceInput toInput() {
    return Inputs.fill(this, new ResourceInput());
  }

  public BigDecimal fteTotal() {
    return fteExisting.add(fteNew).add(fteExternal);
  }

  public BigDecimal moneyTotal() {
    return consumptive.add(investive);
  }
}
