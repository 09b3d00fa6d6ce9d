package de.fahrplan.council;

import de.fahrplan.shared.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A committee's meeting (OParl Meeting) with the committee's name and the description of its place
 * ({@code location}); an imported one (read-only) with its page in the Ratsinformationssystem, when
 * it has one.
 */
public record MeetingView(
    Long id,
    Long organizationId,
    String organizationName,
    String name,
    LocalDate meetingDate,
    LocalTime startTime,
    LocalTime endTime,
    Long locationId,
    String location,
    boolean cancelled,
    boolean imported,
    String web,
    Instant created,
    Instant modified,
    long version)
    implements Versioned {

  /** "Hauptausschuss – 12. Sitzung", or the committee alone. */
  public String title() {
    return name == null ? organizationName : organizationName + " – " + name;
  }
}
