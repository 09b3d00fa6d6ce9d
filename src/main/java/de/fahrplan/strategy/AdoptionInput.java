package de.fahrplan.strategy;

import java.time.LocalDate;

/** The council's decision on a version: date, deciding body, paper reference, in force from. */
public class AdoptionInput {
  public LocalDate adoptedOn;
  public Long adoptedById;
  public String paperReference;
  public LocalDate inForceFrom;
}
