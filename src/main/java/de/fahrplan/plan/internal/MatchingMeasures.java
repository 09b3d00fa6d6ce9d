package de.fahrplan.plan.internal;

import de.fahrplan.plan.Horizon;
import de.fahrplan.plan.MeasureStatus;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The measure repository's filter query, written for the criteria a filter gives. */
public interface MatchingMeasures {

  /**
   * What a filter asks of the measures of a version (MeasureFilter, all but priority); a null (or
   * false) criterion is not in the statement. Horizon: set by hand, or derived from the planned end
   * ({@code ends}, Horizon.endRange); overdue as of {@code today}.
   */
  record Criteria(
      long versionId,
      String q,
      MeasureStatus status,
      Long goalId,
      Long orgUnitId,
      String tag,
      Horizon horizon,
      Horizon.EndRange ends,
      Integer budgetYear,
      boolean overdue,
      LocalDate today) {}

  /** The measures of a version that pass the criteria. */
  Page<Measure> matching(Criteria criteria, Pageable page);
}
