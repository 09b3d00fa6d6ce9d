package de.fahrplan.reporting;

import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.reporting.internal.ReportingRound;
import de.fahrplan.reporting.internal.ReportingRoundRepository;
import de.fahrplan.reporting.internal.ReportingSchedule;
import de.fahrplan.reporting.internal.StatusUpdateRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting rounds per period of the version in force: the coordination opens one (every planned or
 * running measure gets its task), reviews the updates and closes it, which freezes the report.
 */
@Service
public class Rounds {

  static final String ROUND = "ReportingRound";

  /** Only planned and running measures report; completed, deferred, cancelled and ideas do not. */
  public static final Set<MeasureStatus> REPORTING =
      EnumSet.of(MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS);

  private final ReportingRoundRepository rounds;
  private final StatusUpdateRepository updates;
  private final ReportingSchedules schedules;
  private final StatusUpdates statusUpdates;
  private final RoundTasks roundTasks;
  private final Strategies strategies;
  private final AuditLog audit;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Rounds(
      ReportingRoundRepository rounds,
      StatusUpdateRepository updates,
      ReportingSchedules schedules,
      StatusUpdates statusUpdates,
      RoundTasks roundTasks,
      Strategies strategies,
      AuditLog audit,
      Clock clock,
      ApplicationEventPublisher events) {
    this.rounds = rounds;
    this.updates = updates;
    this.schedules = schedules;
    this.statusUpdates = statusUpdates;
    this.roundTasks = roundTasks;
    this.strategies = strategies;
    this.audit = audit;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Opens a round for a period of the version in force: every planned or running measure gets a
   * task for its responsible person (by mail, too). Without a period: the last one that has ended.
   */
  @CoordinationOnly
  @Transactional
  public RoundView open(RoundInput input) {
    new Rules().required("strategyVersionId", input.strategyVersionId).throwIfAny();
    VersionView version = strategies.version(input.strategyVersionId);
    if (version.status() != VersionStatus.IN_FORCE) {
      throw new InvalidInputException("strategyVersionId", "reporting.versionNotInForce");
    }
    ReportingSchedule schedule = schedules.of(version.strategyId());
    ReportingPeriod period =
        input.period == null || input.period.isBlank()
            ? schedule.cadence().lastEndedBefore(LocalDate.now(clock))
            : schedule.cadence().parse(input.period);
    if (period == null) {
      throw new InvalidInputException(
          "period", "reporting.badPeriod", input.period, example(schedule.cadence()));
    }
    List<ReportingRound> existing =
        rounds.findByStrategyVersionIdOrderByPeriodStartDesc(version.id());
    if (existing.stream().anyMatch(ReportingRound::open)) {
      throw new InvalidInputException(null, "reporting.roundStillOpen");
    }
    if (rounds.existsByStrategyVersionIdAndPeriodStart(version.id(), period.start())) {
      throw new InvalidInputException("period", "reporting.roundExists", period.label());
    }
    LocalDate due = input.dueDate != null ? input.dueDate : period.dueDate(schedule.dueDays());
    if (due.isBefore(LocalDate.now(clock)) && !input.confirmPastDueDate) {
      // every task would be overdue at once and the mail would name a day already gone
      throw new InvalidInputException("dueDate", "reporting.dueDateInPast", due);
    }
    ReportingRound round =
        rounds.saveAndFlush(new ReportingRound(version.id(), period, due, clock.instant()));
    roundTasks.createFor(round, version, existing);
    audit.created(ROUND, round.getId(), round.auditState());
    return view(round);
  }

  private static String example(Cadence cadence) {
    return cadence.periodOf(LocalDate.of(2026, 7, 1)).label();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<RoundView> ofVersion(long versionId) {
    strategies.version(versionId);
    List<ReportingRound> list = rounds.findByStrategyVersionIdOrderByPeriodStartDesc(versionId);
    Map<Long, Map<UpdateState, Long>> counts =
        counts(list.stream().map(ReportingRound::getId).toList());
    return list.stream().map(r -> r.view(counts.getOrDefault(r.getId(), Map.of()))).toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public RoundView get(long id) {
    return view(loadRound(id));
  }

  /**
   * Closes a round: its updates are locked from now on. Updates still submitted are accepted or
   * left as they are, as the coordination chose; without a choice closing is refused naming them.
   */
  @CoordinationOnly
  @Transactional
  public RoundView close(long id, Long expectedVersion, SubmittedOnClose submitted) {
    // waits for an update being changed right now (StatusUpdates.changeable) to be saved
    ReportingRound r = rounds.findLockedById(id).orElseThrow(() -> new NotFoundException(ROUND));
    Versions.check(ROUND, r.getVersion(), expectedVersion);
    List<StatusUpdateView> waiting =
        statusUpdates.inRound(id).stream().filter(u -> u.state() == UpdateState.SUBMITTED).toList();
    if (!waiting.isEmpty() && submitted == null) {
      throw new InvalidInputException(
          "submitted",
          "reporting.submittedOnClose",
          waiting.size(),
          String.join(
              ", ", waiting.stream().map(StatusUpdateView::measureLabel).sorted().toList()));
    }
    if (submitted == SubmittedOnClose.ACCEPT) {
      for (StatusUpdateView u : waiting) {
        statusUpdates.accept(u.id(), u.version());
      }
    }
    var before = r.auditState();
    r.close(clock.instant());
    rounds.flush();
    audit.changed(ROUND, id, before, r.auditState());
    // heard in this transaction by ProgressReports.freeze: the round's report is frozen, or the
    // round stays open
    events.publishEvent(new RoundClosed(id));
    return view(r);
  }

  /** The introduction of the round's report (prefilled from the strategy's standard text). */
  @CoordinationOnly
  @Transactional
  public RoundView changeReportIntro(long id, Long expectedVersion, String text) {
    ReportingRound r = loadRound(id);
    Versions.check(ROUND, r.getVersion(), expectedVersion);
    var before = r.auditState();
    r.changeReportIntro(text);
    rounds.flush();
    audit.changed(ROUND, id, before, r.auditState());
    return view(r);
  }

  private RoundView view(ReportingRound r) {
    return r.view(counts(List.of(r.getId())).getOrDefault(r.getId(), Map.of()));
  }

  private Map<Long, Map<UpdateState, Long>> counts(Collection<Long> roundIds) {
    Map<Long, Map<UpdateState, Long>> result = new HashMap<>();
    if (roundIds.isEmpty()) {
      return result;
    }
    for (Object[] row : updates.countByRoundAndState(roundIds)) {
      result
          .computeIfAbsent((Long) row[0], k -> new EnumMap<>(UpdateState.class))
          .put((UpdateState) row[1], (Long) row[2]);
    }
    return result;
  }

  private ReportingRound loadRound(long id) {
    return rounds.findById(id).orElseThrow(() -> new NotFoundException(ROUND));
  }
}
