package de.fahrplan.council;

import de.fahrplan.shared.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A mandate with what it refers to by name; {@code state} is the state shown (overdue computed),
 * {@code fulfilments} the papers that fulfilled it so far.
 */
public record MandateView(
    Long id,
    Long paperId,
    String paperReference,
    MandateKind kind,
    String description,
    Long addresseeUnitId,
    String addresseeUnit,
    Long committeeId,
    String committee,
    Long measureId,
    String measure,
    LocalDate dueDate,
    MandateCadence cadence,
    MandateState state,
    LocalDate fulfilledOn,
    String note,
    List<Fulfilment> fulfilments,
    Instant created,
    Instant modified,
    long version)
    implements Versioned {

  /** A paper that fulfilled the mandate (a noted report, the adopted Fortschreibung). */
  public record Fulfilment(Long paperId, String paperReference, LocalDate fulfilledOn) {}
}
