package de.fahrplan.organisation;

import java.time.LocalDate;

/** Form and API request for a Wahlperiode. */
public class LegislativeTermInput {
  /** E.g. "Wahlperiode 2024–2029". */
  public String name;

  public LocalDate startDate;
  public LocalDate endDate;
}
