package de.fahrplan.reporting;

import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is due, for the start page: the signed-in person's status updates, and per strategy in force
 * its open round, its state in the Lagebild (the same {@link Dashboards} rule), overdue milestones,
 * decisions needed and the latest progress report.
 */
@Service
public class StartOverview {

  /** How many overdue milestones and decisions the start page names before „alle anzeigen“. */
  static final int SHOWN = 5;

  /** One strategy in force at a glance. */
  public record StrategyAtAGlance(
      VersionView version,
      Optional<RoundView> openRound,
      Optional<StatusRollUp.Status> state,
      Optional<String> statePeriod,
      List<Dashboard.OverdueMilestone> overdueMilestones,
      int overdueMilestoneCount,
      List<Dashboard.Decision> decisions,
      int decisionCount,
      Optional<ProgressReportView> latestReport) {

    /** Reported (submitted or accepted) updates of the open round. */
    public long reported() {
      return openRound
          .map(
              r ->
                  r.updatesByState().getOrDefault(UpdateState.SUBMITTED, 0L)
                      + r.updatesByState().getOrDefault(UpdateState.ACCEPTED, 0L))
          .orElse(0L);
    }
  }

  public record Overview(List<StatusUpdateView> myUpdates, List<StrategyAtAGlance> strategies) {}

  private final StatusUpdates statusUpdates;
  private final Strategies strategies;
  private final Rounds rounds;
  private final Dashboards dashboards;
  private final ProgressReports reports;
  private final Clock clock;

  StartOverview(
      StatusUpdates statusUpdates,
      Strategies strategies,
      Rounds rounds,
      Dashboards dashboards,
      ProgressReports reports,
      Clock clock) {
    this.statusUpdates = statusUpdates;
    this.strategies = strategies;
    this.rounds = rounds;
    this.dashboards = dashboards;
    this.reports = reports;
    this.clock = clock;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public Overview overview() {
    LocalDate today = LocalDate.now(clock);
    List<StrategyAtAGlance> glances = new ArrayList<>();
    strategies
        .currentVersion()
        .ifPresent(
            current -> {
              List<VersionView> versions = new ArrayList<>();
              versions.add(current);
              versions.addAll(strategies.otherVersionsInForce(current.id()));
              versions.forEach(v -> glances.add(glance(v, today)));
            });
    return new Overview(statusUpdates.myTasks(), glances);
  }

  private StrategyAtAGlance glance(VersionView v, LocalDate today) {
    Optional<RoundView> open =
        rounds.ofVersion(v.id()).stream().filter(r -> r.status() == RoundStatus.OPEN).findFirst();
    Optional<Dashboard> d = dashboards.of(v.id(), null, today);
    List<Dashboard.OverdueMilestone> overdue =
        d.map(Dashboard::overdueMilestones).orElse(List.of());
    List<Dashboard.Decision> decisions = d.map(Dashboard::decisions).orElse(List.of());
    return new StrategyAtAGlance(
        v,
        open,
        d.map(Dashboard::overall),
        d.map(x -> x.round().period()),
        overdue.stream().limit(SHOWN).toList(),
        overdue.size(),
        decisions.stream().limit(SHOWN).toList(),
        decisions.size(),
        reports.archive(v.strategyId()).stream().findFirst());
  }
}
