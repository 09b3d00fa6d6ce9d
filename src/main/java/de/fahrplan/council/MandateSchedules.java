package de.fahrplan.council;

import de.fahrplan.council.internal.Mandate;
import de.fahrplan.plan.Measures;
import de.fahrplan.reporting.Cadence;
import de.fahrplan.reporting.ProgressReports;
import de.fahrplan.reporting.ReportingSchedules;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.StrategyView;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A reporting mandate sets the reporting schedule: the strategy its paper concerns reports as often
 * as the council asked (quarterly, half-yearly, yearly). The strategy is the paper's version's, the
 * report's or the measures' – or the municipality's only one.
 */
@Component
class MandateSchedules {

  private final Strategies strategies;
  private final ProgressReports reports;
  private final Measures measures;
  private final ReportingSchedules schedules;

  MandateSchedules(
      Strategies strategies,
      ProgressReports reports,
      Measures measures,
      ReportingSchedules schedules) {
    this.strategies = strategies;
    this.reports = reports;
    this.measures = measures;
    this.schedules = schedules;
  }

  /** Called when a mandate was given or changed, in its transaction. */
  void follow(PaperView paper, Mandate m) {
    if (m.kind() != MandateKind.REPORT || m.keptState() == MandateState.FULFILLED) {
      return;
    }
    strategyOf(paper).ifPresent(s -> schedules.setCadence(s, Cadence.valueOf(m.cadence().name())));
  }

  Optional<Long> strategyOf(PaperView paper) {
    if (paper.strategyVersionId() != null) {
      return Optional.of(strategies.version(paper.strategyVersionId()).strategyId());
    }
    if (paper.origin() == PaperOrigin.PROGRESS_REPORT) {
      return Optional.of(reports.get(paper.originId()).strategyId());
    }
    if (!paper.measureIds().isEmpty()) {
      Long version = measures.get(paper.measureIds().get(0)).strategyVersionId();
      return Optional.of(strategies.version(version).strategyId());
    }
    List<StrategyView> all = strategies.all();
    return all.size() == 1 ? Optional.of(all.get(0).id()) : Optional.empty();
  }
}
