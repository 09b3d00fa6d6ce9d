package de.fahrplan.plan;

import java.math.BigDecimal;

/**
 * A partner of an intermunicipal measure: another municipality of this installation ({@code
 * partnerBodyId}) or a named external body ({@code name}), with its share of the cost in percent.
 */
public class PartnerInput {
  public Long partnerBodyId;
  public String name;
  public BigDecimal costShare;
}
