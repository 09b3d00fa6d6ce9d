package de.fahrplan.reporting.internal;

import de.fahrplan.plan.MeasureReferences;
import de.fahrplan.shared.InvalidInputException.Violation;
import java.util.List;
import org.springframework.stereotype.Component;

/** A measure with status updates stays: its reports over the rounds speak of it. */
@Component
class ReportedMeasures implements MeasureReferences {

  private final StatusUpdateRepository updates;

  ReportedMeasures(StatusUpdateRepository updates) {
    this.updates = updates;
  }

  @Override
  public List<Violation> reasonsToKeep(long measureId) {
    long count = updates.countByMeasureId(measureId);
    return count == 0 ? List.of() : List.of(new Violation(null, "measure.keptForReports", count));
  }
}
