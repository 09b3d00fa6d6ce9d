package de.fahrplan.council;

import java.time.LocalDate;
import java.time.LocalTime;

/** Form and API request for a committee's meeting. */
public class MeetingInput {
  public Long organizationId;

  /** E.g. "12. Sitzung"; empty: the committee's name says enough. */
  public String name;

  public LocalDate meetingDate;
  public LocalTime startTime;
  public LocalTime endTime;

  /** The place (Ort) where it sits: one of the municipality's places. */
  public Long locationId;

  public boolean cancelled;
}
