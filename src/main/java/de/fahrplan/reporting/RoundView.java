package de.fahrplan.reporting;

import de.fahrplan.shared.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A reporting round with the number of its updates per state; {@code reportIntro}: the introduction
 * of its report, if the coordination wrote one for this round.
 */
public record RoundView(
    Long id,
    Long strategyVersionId,
    String period,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate dueDate,
    RoundStatus status,
    Instant openedAt,
    Instant closedAt,
    String reportIntro,
    Map<UpdateState, Long> updatesByState,
    long version)
    implements Versioned {

  public long total() {
    return updatesByState.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Submitted or accepted: the owners' part is done. */
  public long done() {
    return updatesByState.getOrDefault(UpdateState.SUBMITTED, 0L)
        + updatesByState.getOrDefault(UpdateState.ACCEPTED, 0L);
  }
}
