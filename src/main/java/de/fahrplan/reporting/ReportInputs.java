package de.fahrplan.reporting;

import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What a progress report is built from: the round's state as the app shows it, read once. */
@Component
class ReportInputs {

  private final ReportingSchedules schedules;
  private final Rounds rounds;
  private final StatusUpdates statusUpdates;
  private final Dashboards dashboards;
  private final Strategies strategies;
  private final Measures measures;
  private final Clock clock;

  ReportInputs(
      ReportingSchedules schedules,
      Rounds rounds,
      StatusUpdates statusUpdates,
      Dashboards dashboards,
      Strategies strategies,
      Measures measures,
      Clock clock) {
    this.schedules = schedules;
    this.rounds = rounds;
    this.statusUpdates = statusUpdates;
    this.dashboards = dashboards;
    this.strategies = strategies;
    this.measures = measures;
    this.clock = clock;
  }

  /** What the sections are built from, read once. */
  record Inputs(
      VersionView version,
      RoundView round,
      ScheduleView settings,
      List<RoundView> rounds,
      List<StatusUpdateView> updates,
      Map<Long, StatusUpdateView> updateOf,
      Dashboard dashboard,
      List<MeasureView> all,
      Map<Long, GoalView> goals,
      LocalDate today) {}

  Inputs read(RoundView round) {
    VersionView version = strategies.version(round.strategyVersionId());
    List<RoundView> all = this.rounds.ofVersion(version.id());
    List<StatusUpdateView> updates = statusUpdates.inRound(round.id());
    LocalDate today = LocalDate.now(clock);
    return new Inputs(
        version,
        round,
        schedules.schedule(version.strategyId()),
        all,
        updates,
        updates.stream()
            .collect(Collectors.toMap(StatusUpdateView::measureId, Function.identity())),
        dashboards.build(version, round, all, today),
        measures.all(version.id()),
        strategies.goals(version.id()).stream()
            .collect(Collectors.toMap(GoalView::id, Function.identity())),
        today);
  }
}
