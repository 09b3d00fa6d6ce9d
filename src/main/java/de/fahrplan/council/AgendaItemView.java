package de.fahrplan.council;

import de.fahrplan.shared.web.Versioned;
import java.time.Instant;

/**
 * An agenda item (OParl AgendaItem); with a paper, {@code consultationId} is the paper's step in
 * this meeting and {@code result} that step's result. {@code resultText}: the result in the words
 * of the Ratsinformationssystem the item was imported from (null for own items).
 */
public record AgendaItemView(
    Long id,
    Long meetingId,
    int position,
    String number,
    String title,
    boolean publicItem,
    Long paperId,
    String paperReference,
    Long consultationId,
    ConsultationResult result,
    String resultText,
    Instant created,
    Instant modified,
    long version)
    implements Versioned {}
