package de.fahrplan.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measured value of an indicator and where it comes from (form and API request). */
public class IndicatorValueInput {
  public LocalDate measuredOn;
  public BigDecimal value;
  public String source;
}
