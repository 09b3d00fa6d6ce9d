package de.fahrplan.reporting;

import de.fahrplan.shared.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A progress report in the archive of a strategy; {@code approvedBy}/{@code approvedOn}: its
 * approval (Freigabe), {@code null} while it is not released.
 */
public record ProgressReportView(
    Long id,
    Long roundId,
    Long strategyId,
    String period,
    String title,
    Instant createdAt,
    String approvedBy,
    LocalDate approvedOn,
    long version)
    implements Versioned {

  public boolean approved() {
    return approvedBy != null;
  }
}
