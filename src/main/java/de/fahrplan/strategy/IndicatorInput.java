package de.fahrplan.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The definition of an indicator of a goal (form and API request). */
public class IndicatorInput {
  public String name;
  public String description;
  public String unit;
  public IndicatorDirection direction;
  public BigDecimal baselineValue;
  public LocalDate baselineDate;
  public BigDecimal targetValue;
  public LocalDate targetDate;
}
