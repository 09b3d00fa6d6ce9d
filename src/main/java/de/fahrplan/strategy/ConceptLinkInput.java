package de.fahrplan.strategy;

import java.time.LocalDate;

/** Another adopted concept the strategy refers to (form and API request). */
public class ConceptLinkInput {
  public String title;
  public LocalDate adoptedOn;
  public String reference;
  public String url;
}
