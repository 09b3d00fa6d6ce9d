package de.fahrplan.reporting;

import java.math.BigDecimal;

/** Money spent to date (euro) and staff used (FTE) in one budget year, as the owner reports. */
public class SpendingInput {
  public Integer budgetYear;
  public BigDecimal spent;
  public BigDecimal fteUsed;
}
