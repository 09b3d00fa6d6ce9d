package de.fahrplan.plan;

import java.math.BigDecimal;

/** Staff and money of a measure in one budget year (form and API request). */
public class ResourceInput {
  public Integer budgetYear;
  public BigDecimal fteExisting;
  public BigDecimal fteNew;
  public BigDecimal fteExternal;
  public BigDecimal consumptive;
  public BigDecimal investive;
  public String budgetProduct;
  public String costCentre;
  public String fundingSource;
  public BudgetStatus budgetStatus;
  public BigDecimal spent;
}
