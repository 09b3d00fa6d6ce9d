package de.fahrplan.plan;

import de.fahrplan.shared.audit.HistoryText;
import de.fahrplan.shared.decisions.Decisions;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A measure's course („Verlauf“) for its page: its status updates over the rounds (kept by the
 * reporting), the council's decisions about it (kept by the council) and the history of its
 * changes. Read in the caller's transaction ({@link MeasureDetail}).
 */
@Component
class MeasureCourse {

  record Course(
      List<MeasureReports.Reported> timeline,
      List<Decisions.Line> decisions,
      List<HistoryText.Row> history) {}

  private final Measures measures;
  private final ObjectProvider<MeasureReports> reports;
  private final ObjectProvider<Decisions> decisions;
  private final HistoryText historyText;

  MeasureCourse(
      Measures measures,
      ObjectProvider<MeasureReports> reports,
      ObjectProvider<Decisions> decisions,
      HistoryText historyText) {
    this.measures = measures;
    this.reports = reports;
    this.decisions = decisions;
    this.historyText = historyText;
  }

  Course of(long measureId) {
    return new Course(
        reports.stream().flatMap(r -> r.of(measureId).stream()).toList(),
        decisions.stream().flatMap(d -> d.aboutMeasure(measureId).stream()).toList(),
        historyText.rows(measures.history(measureId)));
  }
}
