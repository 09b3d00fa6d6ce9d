package de.fahrplan.council;

import java.time.LocalDate;

/** Records by hand that a mandate is fulfilled (or ended), with the day and a note. */
public class FulfilmentInput {
  public LocalDate fulfilledOn;
  public String note;
}
