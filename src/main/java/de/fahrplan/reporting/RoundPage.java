package de.fahrplan.reporting;

import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.plan.Measures;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The round page's read model: a round with its updates, progress per unit and its report. */
@Service
public class RoundPage {

  /**
   * A round, its updates (those waiting for review apart), who owns them, the progress per org
   * unit, the report once frozen, its introduction, and how many measures do not report (by
   * status).
   */
  public record View(
      RoundView round,
      VersionView strategyVersion,
      List<StatusUpdateView> updates,
      List<StatusUpdateView> waiting,
      Map<Long, String> owners,
      Map<Long, String> unitNames,
      List<RoundProgress.UnitProgress> progress,
      ProgressReportView report,
      String reportIntro,
      Map<MeasureStatus, Long> leftOut,
      LocalDate today) {}

  private final Rounds rounds;
  private final StatusUpdates statusUpdates;
  private final ReportingSchedules schedules;
  private final ProgressReports reports;
  private final Strategies strategies;
  private final Measures measures;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final Clock clock;

  RoundPage(
      Rounds rounds,
      StatusUpdates statusUpdates,
      ReportingSchedules schedules,
      ProgressReports reports,
      Strategies strategies,
      Measures measures,
      OrgUnits orgUnits,
      Persons persons,
      Clock clock) {
    this.rounds = rounds;
    this.statusUpdates = statusUpdates;
    this.schedules = schedules;
    this.reports = reports;
    this.strategies = strategies;
    this.measures = measures;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.clock = clock;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public View of(long roundId) {
    RoundView round = rounds.get(roundId);
    List<StatusUpdateView> updates = statusUpdates.inRound(roundId);
    LocalDate today = LocalDate.now(clock);
    Map<Long, String> unitNames =
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::name));
    VersionView version = strategies.version(round.strategyVersionId());
    Map<MeasureStatus, Long> leftOut = measures.countByStatus(version.id());
    leftOut.keySet().removeAll(Rounds.REPORTING);
    return new View(
        round,
        version,
        updates,
        updates.stream().filter(u -> u.state() == UpdateState.SUBMITTED).toList(),
        owners(updates),
        unitNames,
        RoundProgress.byUnit(updates, unitNames, today),
        reports.ofRound(roundId).orElse(null),
        round.reportIntro() != null
            ? round.reportIntro()
            : schedules.schedule(version.strategyId()).reportIntro(),
        leftOut,
        today);
  }

  /** Names of the owners and former owners of the updates (updates without one look up null). */
  private Map<Long, String> owners(List<StatusUpdateView> updates) {
    List<Long> ids =
        updates.stream()
            .flatMap(u -> Stream.of(u.assigneePersonId(), u.reassignedFromPersonId()))
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      persons.byIds(ids).forEach(p -> names.put(p.id(), p.displayName()));
    }
    return names;
  }
}
