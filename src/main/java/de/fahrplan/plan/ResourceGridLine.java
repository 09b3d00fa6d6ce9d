package de.fahrplan.plan;

import java.math.BigDecimal;

/**
 * One budget year of a measure's money grid (form and API request): the year's entry ({@code id}
 * and {@code version}, both null for a year without one) and its staff and money. A year without an
 * entry and without any amount stays without one.
 */
public class ResourceGridLine {
  public Integer budgetYear;
  public Long id;
  public Long version;
  public BigDecimal fteExisting;
  public BigDecimal fteNew;
  public BigDecimal fteExternal;
  public BigDecimal consumptive;
  public BigDecimal investive;

  boolean empty() {
    return fteExisting == null
        && fteNew == null
        && fteExternal == null
        && consumptive == null
        && investive == null;
  }
}
