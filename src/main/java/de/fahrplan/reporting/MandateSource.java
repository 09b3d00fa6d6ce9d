package de.fahrplan.reporting;

import de.fahrplan.reporting.ReportSnapshot.MandateLine;
import java.time.LocalDate;
import java.util.List;

/**
 * What the council's decisions ask of the administration for a strategy, for the progress report's
 * section „Aufträge“. The council module provides it (it depends on reporting, not the other way
 * round); without a council module the section stays empty.
 */
public interface MandateSource {

  /**
   * The strategy's mandates that are open, overdue, or were fulfilled on or after {@code since}.
   */
  List<MandateLine> mandatesOf(long strategyId, LocalDate since);
}
