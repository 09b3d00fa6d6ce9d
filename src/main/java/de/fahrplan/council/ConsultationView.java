package de.fahrplan.council;

import de.fahrplan.shared.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One step of a paper's Beratungsfolge (OParl Consultation), with the committee's name; {@code
 * meetingId} the meeting whose agenda treats it (its date is then the meeting's).
 */
public record ConsultationView(
    Long id,
    Long paperId,
    int position,
    Long organizationId,
    String organizationName,
    LocalDate meetingDate,
    Long meetingId,
    boolean publicSession,
    ConsultationRole role,
    ConsultationResult result,
    String resultText,
    Instant created,
    Instant modified,
    long version)
    implements Versioned {

  public boolean deciding() {
    return role == ConsultationRole.DECISION;
  }
}
