package de.fahrplan.council;

import java.time.LocalDate;

/** Form and API request for one step of the Beratungsfolge. */
public class ConsultationInput {
  public Long organizationId;
  public LocalDate meetingDate;
  public boolean publicSession = true;
  public ConsultationRole role;

  /** Where the step stands in the order; empty: at the end. */
  public Integer position;
}
