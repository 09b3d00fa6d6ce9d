package de.fahrplan.reporting;

import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.PersonLeft;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.MilestoneProgress;
import de.fahrplan.plan.MilestoneView;
import de.fahrplan.plan.Milestones;
import de.fahrplan.plan.ResourceView;
import de.fahrplan.plan.Resources;
import de.fahrplan.reporting.internal.ReportingRound;
import de.fahrplan.reporting.internal.ReportingRoundRepository;
import de.fahrplan.reporting.internal.ReportingSchedule;
import de.fahrplan.reporting.internal.ReportingScheduleRepository;
import de.fahrplan.reporting.internal.StatusUpdate;
import de.fahrplan.reporting.internal.StatusUpdateRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.mail.Mailer;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.Formats;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting cycle: the schedule of a strategy, rounds per period, and the status updates of the
 * measures. The coordination opens, reviews and closes rounds; the responsible person of a measure
 * (matched by e-mail to the signed-in account) writes and submits its update.
 */
@Service
public class Reporting {

  static final String ROUND = "ReportingRound";
  static final String UPDATE = "StatusUpdate";
  static final String SCHEDULE = "ReportingSchedule";

  /** Only planned and running measures report; completed, deferred, cancelled and ideas do not. */
  public static final Set<MeasureStatus> REPORTING =
      EnumSet.of(MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS);

  private final ReportingScheduleRepository schedules;
  private final ReportingRoundRepository rounds;
  private final StatusUpdateRepository updates;
  private final Strategies strategies;
  private final Measures measures;
  private final Resources resources;
  private final Milestones milestones;
  private final Persons persons;
  private final OrgUnits orgUnits;
  private final Mailer mailer;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;
  private final String baseUrl;
  private final ApplicationEventPublisher events;

  Reporting(
      ReportingScheduleRepository schedules,
      ReportingRoundRepository rounds,
      StatusUpdateRepository updates,
      Strategies strategies,
      Measures measures,
      Resources resources,
      Milestones milestones,
      Persons persons,
      OrgUnits orgUnits,
      Mailer mailer,
      MessageSource messages,
      AuditLog audit,
      Clock clock,
      @Value("${fahrplan.base-url}") String baseUrl,
      ApplicationEventPublisher events) {
    this.events = events;
    this.schedules = schedules;
    this.rounds = rounds;
    this.updates = updates;
    this.strategies = strategies;
    this.measures = measures;
    this.resources = resources;
    this.milestones = milestones;
    this.persons = persons;
    this.orgUnits = orgUnits;
    this.mailer = mailer;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  // --- schedule -------------------------------------------------------------------------------

  @MemberOnly
  @Transactional(readOnly = true)
  public ScheduleView schedule(long strategyId) {
    return scheduleOrNew(strategyId).view();
  }

  @CoordinationOnly
  @Transactional
  public ScheduleView setSchedule(long strategyId, Long expectedVersion, ScheduleInput input) {
    ReportingSchedule s = scheduleOrNew(strategyId);
    Versions.check(SCHEDULE, s.view().version(), expectedVersion);
    var before = s.auditState();
    s.apply(input);
    s = schedules.saveAndFlush(s);
    audit.changed(SCHEDULE, strategyId, before, s.auditState());
    return s.view();
  }

  private ReportingSchedule scheduleOrNew(long strategyId) {
    strategies.get(strategyId);
    return schedules
        .findByStrategyId(strategyId)
        .orElseGet(() -> new ReportingSchedule(strategyId));
  }

  // --- rounds ---------------------------------------------------------------------------------

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
    ReportingSchedule schedule = scheduleOrNew(version.strategyId());
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
      throw new InvalidInputException(
          "dueDate", "reporting.dueDateInPast", due.format(Formats.GERMAN_DATE));
    }
    ReportingRound round =
        rounds.saveAndFlush(new ReportingRound(version.id(), period, due, clock.instant()));
    Map<Long, StatusUpdate> previous = previousUpdates(existing);
    List<MeasureView> reporting =
        measures.all(version.id()).stream().filter(m -> REPORTING.contains(m.status())).toList();
    Map<Long, List<MilestoneView>> milestones = this.milestones.ofVersion(version.id());
    LocalDate today = LocalDate.now(clock);
    // owners who left: person → their own org unit, the fallback when a measure has no lead unit
    Map<Long, Long> left = new HashMap<>();
    persons
        .byIds(
            reporting.stream()
                .map(MeasureView::responsiblePersonId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList())
        .stream()
        .filter(p -> p.leftBy(today))
        .forEach(p -> left.put(p.id(), p.orgUnitId()));
    List<StatusUpdate> created = new ArrayList<>();
    for (MeasureView m : reporting) {
      StatusUpdate u =
          new StatusUpdate(
              round.getId(),
              m.id(),
              m.responsiblePersonId(),
              m.leadOrgUnitId(),
              previous.get(m.id()),
              milestones.getOrDefault(m.id(), List.of()).stream()
                  .map(
                      ms ->
                          new StatusUpdate.PlannedMilestone(
                              ms.id(),
                              ms.title(),
                              ms.plannedDate(),
                              ms.done(),
                              ms.actualDate(),
                              ms.forecastDate(),
                              ms.moveReason()))
                  .toList());
      if (m.responsiblePersonId() == null) {
        // nobody named: the lead of the measure's unit, failing that the coordination (no owner)
        u.reassign(leadFor(m.leadOrgUnitId(), today));
      } else if (left.containsKey(m.responsiblePersonId())) {
        Long unit =
            m.leadOrgUnitId() != null ? m.leadOrgUnitId() : left.get(m.responsiblePersonId());
        u.reassign(leadFor(unit, today));
      }
      created.add(u);
    }
    updates.saveAll(created);
    audit.created(ROUND, round.getId(), round.auditState());
    notifyOwners(round, created);
    return view(round);
  }

  private Long leadFor(Long orgUnitId, LocalDate today) {
    return orgUnitId == null ? null : orgUnits.leadFor(orgUnitId, today).orElse(null);
  }

  /**
   * A person left: their open tasks (drafts and returned updates of open rounds, and reopened ones)
   * go to the lead of the measure's org unit, who is told by mail; the coordination sees the move
   * on the round page. Without a lead up the tree the task stays without an owner.
   */
  @EventListener
  void reassignTasksOf(PersonLeft event) {
    List<StatusUpdate> mine =
        updates.findByAssigneePersonIdInAndStateIn(
            List.of(event.personId()), EnumSet.of(UpdateState.DRAFT, UpdateState.RETURNED));
    Map<Long, ReportingRound> roundOf = roundsOf(mine);
    List<StatusUpdate> open =
        mine.stream().filter(u -> u.reopened() || roundOf.get(u.roundId()).open()).toList();
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<StatusUpdate>> byRound = new HashMap<>();
    for (StatusUpdate u : open) {
      var before = u.auditState();
      u.reassign(leadFor(u.orgUnitId() != null ? u.orgUnitId() : event.orgUnitId(), today));
      audit.recorded(UPDATE, u.getId(), "REASSIGNED", before, u.auditState());
      byRound.computeIfAbsent(u.roundId(), k -> new ArrayList<>()).add(u);
    }
    updates.flush();
    byRound.forEach((roundId, list) -> notifyOwners(roundOf.get(roundId), list));
  }

  private Map<Long, ReportingRound> roundsOf(List<StatusUpdate> list) {
    return rounds.findAllById(list.stream().map(StatusUpdate::roundId).distinct().toList()).stream()
        .collect(Collectors.toMap(ReportingRound::getId, Function.identity()));
  }

  private Map<Long, StatusUpdate> previousUpdates(List<ReportingRound> existing) {
    if (existing.isEmpty()) {
      return Map.of();
    }
    return updates.findByRoundIdOrderByIdAsc(existing.get(0).getId()).stream()
        .collect(Collectors.toMap(StatusUpdate::measureId, Function.identity()));
  }

  private static String example(Cadence cadence) {
    return cadence.periodOf(LocalDate.of(2026, 7, 1)).label();
  }

  /** One mail per person with all their measures of the round. */
  private void notifyOwners(ReportingRound round, List<StatusUpdate> tasks) {
    Map<Long, List<StatusUpdate>> byPerson =
        tasks.stream()
            .filter(u -> u.assigneePersonId() != null)
            .collect(Collectors.groupingBy(StatusUpdate::assigneePersonId));
    if (byPerson.isEmpty()) {
      return;
    }
    Map<Long, String> labels =
        measures.labels(tasks.stream().map(StatusUpdate::measureId).toList());
    ReportingPeriod period = round.period();
    String due = round.dueDate().format(Formats.GERMAN_DATE);
    for (PersonView p : persons.byIds(List.copyOf(byPerson.keySet()))) {
      if (p.email() == null) {
        continue;
      }
      String list =
          byPerson.get(p.id()).stream()
              .map(u -> "– " + labels.get(u.measureId()))
              .collect(Collectors.joining("\n"));
      mailer.send(
          TenantContext.requireTenantId(),
          p.email(),
          messages.getMessage("mail.round.subject", new Object[] {period.label()}, Locale.GERMAN),
          messages.getMessage(
              "mail.round.body",
              new Object[] {
                p.givenName() + " " + p.familyName(), period.label(), due, list, baseUrl + "/tasks"
              },
              Locale.GERMAN));
    }
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<RoundView> rounds(long versionId) {
    strategies.version(versionId);
    List<ReportingRound> list = rounds.findByStrategyVersionIdOrderByPeriodStartDesc(versionId);
    Map<Long, Map<UpdateState, Long>> counts =
        counts(list.stream().map(ReportingRound::getId).toList());
    return list.stream().map(r -> r.view(counts.getOrDefault(r.getId(), Map.of()))).toList();
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public RoundView round(long id) {
    return view(loadRound(id));
  }

  /**
   * Closes a round: its updates are locked from now on. Updates still submitted are accepted or
   * left as they are, as the coordination chose; without a choice closing is refused naming them.
   */
  @CoordinationOnly
  @Transactional
  public RoundView close(long id, Long expectedVersion, SubmittedOnClose submitted) {
    ReportingRound r = loadRound(id);
    Versions.check(ROUND, r.getVersion(), expectedVersion);
    List<StatusUpdate> waiting =
        updates.findByRoundIdOrderByIdAsc(id).stream()
            .filter(u -> u.state() == UpdateState.SUBMITTED)
            .toList();
    if (!waiting.isEmpty() && submitted == null) {
      throw new InvalidInputException(
          "submitted",
          "reporting.submittedOnClose",
          waiting.size(),
          String.join(
              ", ",
              measures
                  .labels(waiting.stream().map(StatusUpdate::measureId).toList())
                  .values()
                  .stream()
                  .sorted()
                  .toList()));
    }
    if (submitted == SubmittedOnClose.ACCEPT) {
      for (StatusUpdate u : waiting) {
        accept(u.getId(), u.getVersion());
      }
    }
    var before = r.auditState();
    r.close(clock.instant());
    rounds.flush();
    audit.changed(ROUND, id, before, r.auditState());
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

  @MemberOnly
  @Transactional(readOnly = true)
  public List<StatusUpdateView> updates(long roundId) {
    ReportingRound r = loadRound(roundId);
    return views(r, updates.findByRoundIdOrderByIdAsc(roundId));
  }

  // --- updates --------------------------------------------------------------------------------

  @MemberOnly
  @Transactional(readOnly = true)
  public StatusUpdateView update(long id) {
    StatusUpdate u = loadUpdate(id);
    return views(loadRound(u.roundId()), List.of(u)).get(0);
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<AuditLog.Entry> history(long id) {
    loadUpdate(id);
    return audit.history(UPDATE, id);
  }

  /** The signed-in person's open tasks (draft or returned updates of open rounds). */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<StatusUpdateView> myTasks() {
    Long me = me();
    if (me == null) {
      return List.of();
    }
    List<StatusUpdate> mine =
        updates.findByAssigneePersonIdInAndStateIn(
            List.of(me), EnumSet.of(UpdateState.DRAFT, UpdateState.RETURNED));
    Map<Long, ReportingRound> byId = roundsOf(mine);
    List<StatusUpdateView> result = new ArrayList<>();
    for (ReportingRound r : byId.values()) {
      result.addAll(
          views(
              r,
              mine.stream()
                  .filter(u -> u.roundId().equals(r.getId()) && (r.open() || u.reopened()))
                  .toList()));
    }
    return result;
  }

  /**
   * The budget years an owner reports spending for – from the strategy's first year to the year the
   * round's period ends – with what the plan holds for each. One rule for the form and for saving.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<SpendingYear> spendingYears(long updateId) {
    StatusUpdate u = loadUpdate(updateId);
    ReportingRound r = loadRound(u.roundId());
    return spendingYears(u.measureId(), r, strategies.version(r.strategyVersionId()));
  }

  private List<SpendingYear> spendingYears(long measureId, ReportingRound r, VersionView version) {
    Map<Integer, ResourceView> plan = new java.util.HashMap<>();
    resources.of(measureId).forEach(x -> plan.put(x.budgetYear(), x));
    int last = Math.max(version.startYear(), r.period().end().getYear());
    List<SpendingYear> years = new java.util.ArrayList<>();
    for (int y = version.startYear(); y <= last; y++) {
      ResourceView planned = plan.get(y);
      years.add(
          planned == null
              ? new SpendingYear(y, false, null, null)
              : new SpendingYear(y, true, planned.moneyTotal(), planned.fteTotal()));
    }
    return years;
  }

  /** The owner (or the coordination) saves the update; it stays a draft. */
  @MemberOnly
  @Transactional
  public StatusUpdateView save(long id, Long expectedVersion, StatusUpdateInput input) {
    StatusUpdate u = writable(id, expectedVersion);
    var before = u.auditState();
    ReportingRound r = loadRound(u.roundId());
    VersionView version = strategies.version(r.strategyVersionId());
    List<SpendingYear> years = spendingYears(u.measureId(), r, version);
    u.edit(
        input,
        new StatusUpdate.EditContext(
            LocalDate.now(clock),
            years.getFirst().year(),
            years.getLast().year(),
            years.stream()
                .filter(SpendingYear::planned)
                .map(SpendingYear::year)
                .collect(Collectors.toSet()),
            scheduleOrNew(version.strategyId()).progressFromMilestones()));
    updates.flush();
    audit.changed(UPDATE, id, before, u.auditState());
    return update(id);
  }

  @MemberOnly
  @Transactional
  public StatusUpdateView submit(long id, Long expectedVersion) {
    StatusUpdate u = writable(id, expectedVersion);
    var before = u.auditState();
    u.submit(clock.instant());
    updates.flush();
    audit.recorded(UPDATE, id, "SUBMITTED", before, u.auditState());
    return update(id);
  }

  @CoordinationOnly
  @Transactional
  public StatusUpdateView accept(long id, Long expectedVersion) {
    StatusUpdate u = reviewable(id, expectedVersion);
    var before = u.auditState();
    u.accept();
    updates.flush();
    audit.recorded(UPDATE, id, "ACCEPTED", before, u.auditState());
    StatusUpdateView accepted = update(id);
    // what the update reports of the milestones becomes their state in the plan in force
    milestones.recordProgress(
        u.measureId(),
        accepted.milestones().stream()
            .map(
                l ->
                    new MilestoneProgress(
                        l.milestoneId(), l.done(), l.actualDate(), l.newPlannedDate(), l.reason()))
            .toList(),
        "Sachstand " + accepted.period() + " angenommen");
    return accepted;
  }

  @CoordinationOnly
  @Transactional
  public StatusUpdateView returnUpdate(long id, Long expectedVersion, String comment) {
    StatusUpdate u = reviewable(id, expectedVersion);
    var before = u.auditState();
    u.returnWith(comment);
    updates.flush();
    audit.recorded(UPDATE, id, "RETURNED", before, u.auditState());
    return update(id);
  }

  /** Whether the signed-in user may write the update: its owner, or the coordination. */
  @MemberOnly
  @Transactional(readOnly = true)
  public boolean mayWrite(long id) {
    StatusUpdate u = loadUpdate(id);
    return coordinating() || (u.assigneePersonId() != null && u.assigneePersonId().equals(me()));
  }

  /** Reopens one update of a closed round for a late change, with the reason; in its history. */
  @CoordinationOnly
  @Transactional
  public StatusUpdateView reopen(long id, Long expectedVersion, String comment) {
    StatusUpdate u = loadUpdate(id);
    if (loadRound(u.roundId()).open()) {
      throw new InvalidInputException(null, "reporting.reopenOnlyClosed");
    }
    Versions.check(UPDATE, u.getVersion(), expectedVersion);
    var before = u.auditState();
    u.reopen(comment);
    updates.flush();
    audit.recorded(UPDATE, id, "REOPENED", before, u.auditState());
    return update(id);
  }

  private StatusUpdate writable(long id, Long expectedVersion) {
    StatusUpdate u = loadUpdate(id);
    if (!coordinating() && (u.assigneePersonId() == null || !u.assigneePersonId().equals(me()))) {
      throw new org.springframework.security.access.AccessDeniedException("not the owner");
    }
    return changeable(u, expectedVersion);
  }

  private StatusUpdate reviewable(long id, Long expectedVersion) {
    return changeable(loadUpdate(id), expectedVersion);
  }

  /** An update changes while its round is open, or after the coordination reopened it. */
  private StatusUpdate changeable(StatusUpdate u, Long expectedVersion) {
    if (!u.reopened()) {
      loadRound(u.roundId()).requireOpen();
    }
    Versions.check(UPDATE, u.getVersion(), expectedVersion);
    return u;
  }

  private static boolean coordinating() {
    return TenantContext.hasAnyRole(Role.COORDINATION, Role.ADMIN);
  }

  private Long me() {
    return TenantContext.principal()
        .flatMap(p -> persons.byEmail(p.auditName()))
        .map(PersonView::id)
        .orElse(null);
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

  private List<StatusUpdateView> views(ReportingRound r, List<StatusUpdate> list) {
    Map<Long, String> labels = measures.labels(list.stream().map(StatusUpdate::measureId).toList());
    String period = r.period().label();
    List<Long> previousIds =
        list.stream().map(StatusUpdate::previousId).filter(java.util.Objects::nonNull).toList();
    Map<Long, StatusUpdateView.Previous> previous = new HashMap<>();
    if (!previousIds.isEmpty()) {
      List<StatusUpdate> before = updates.findAllById(previousIds);
      Map<Long, String> periods =
          rounds
              .findAllById(before.stream().map(StatusUpdate::roundId).distinct().toList())
              .stream()
              .collect(Collectors.toMap(ReportingRound::getId, x -> x.period().label()));
      before.forEach(b -> previous.put(b.getId(), b.asPrevious(periods.get(b.roundId()))));
    }
    boolean derived =
        scheduleOrNew(strategies.version(r.strategyVersionId()).strategyId())
            .progressFromMilestones();
    return list.stream()
        .map(
            u ->
                u.view(
                    period,
                    r.dueDate(),
                    labels.get(u.measureId()),
                    r.open(),
                    derived,
                    u.previousId() == null ? null : previous.get(u.previousId())))
        .toList();
  }

  private ReportingRound loadRound(long id) {
    return rounds.findById(id).orElseThrow(() -> new NotFoundException(ROUND));
  }

  private StatusUpdate loadUpdate(long id) {
    return updates.findById(id).orElseThrow(() -> new NotFoundException(UPDATE));
  }
}
