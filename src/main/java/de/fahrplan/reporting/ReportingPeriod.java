package de.fahrplan.reporting;

import java.time.LocalDate;

/** One reporting period of a cadence, e.g. Q3/2026 = 01.07.2026–30.09.2026. */
public record ReportingPeriod(Cadence cadence, LocalDate start, LocalDate end) {

  public String label() {
    return cadence.label(start);
  }

  public ReportingPeriod previous() {
    return cadence.periodOf(start.minusDays(1));
  }

  /** Reports are due {@code dueDays} after the period has ended. */
  public LocalDate dueDate(int dueDays) {
    return end.plusDays(dueDays);
  }
}
