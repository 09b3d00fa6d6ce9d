package de.fahrplan.reporting;

import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.MilestoneProgress;
import de.fahrplan.plan.Milestones;
import de.fahrplan.reporting.internal.ReportingRound;
import de.fahrplan.reporting.internal.ReportingRoundRepository;
import de.fahrplan.reporting.internal.StatusUpdate;
import de.fahrplan.reporting.internal.StatusUpdateRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status updates of a round: the responsible person of a measure (matched by e-mail to the
 * signed-in account) writes and submits it; the coordination accepts it (its milestone reports
 * become the plan's state), returns it with a comment, or reopens it after the round closed.
 */
@Service
public class StatusUpdates {

  static final String UPDATE = "StatusUpdate";

  private final StatusUpdateRepository updates;
  private final ReportingRoundRepository rounds;
  private final ReportingSchedules schedules;
  private final Measures measures;
  private final Milestones milestones;
  private final SpendingYears spending;
  private final Persons persons;
  private final AuditLog audit;
  private final Clock clock;

  StatusUpdates(
      StatusUpdateRepository updates,
      ReportingRoundRepository rounds,
      ReportingSchedules schedules,
      Measures measures,
      Milestones milestones,
      SpendingYears spending,
      Persons persons,
      AuditLog audit,
      Clock clock) {
    this.updates = updates;
    this.rounds = rounds;
    this.schedules = schedules;
    this.measures = measures;
    this.milestones = milestones;
    this.spending = spending;
    this.persons = persons;
    this.audit = audit;
    this.clock = clock;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<StatusUpdateView> inRound(long roundId) {
    ReportingRound r = loadRound(roundId);
    return views(r, updates.findByRoundIdOrderByIdAsc(roundId));
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public StatusUpdateView get(long id) {
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
    Map<Long, ReportingRound> byId = RoundTasks.roundsOf(rounds, mine);
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
    return spending.yearsFor(u.measureId(), r);
  }

  /** The owner (or the coordination) saves the update; it stays a draft. */
  @MemberOnly
  @Transactional
  public StatusUpdateView save(long id, Long expectedVersion, StatusUpdateInput input) {
    StatusUpdate u = writable(id, expectedVersion);
    var before = u.auditState();
    ReportingRound r = loadRound(u.roundId());
    List<SpendingYear> years = spending.yearsFor(u.measureId(), r);
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
            schedules.ofVersion(r.strategyVersionId()).progressFromMilestones()));
    updates.flush();
    audit.changed(UPDATE, id, before, u.auditState());
    return get(id);
  }

  @MemberOnly
  @Transactional
  public StatusUpdateView submit(long id, Long expectedVersion) {
    StatusUpdate u = writable(id, expectedVersion);
    var before = u.auditState();
    u.submit(clock.instant());
    updates.flush();
    audit.recorded(UPDATE, id, "SUBMITTED", before, u.auditState());
    return get(id);
  }

  @CoordinationOnly
  @Transactional
  public StatusUpdateView accept(long id, Long expectedVersion) {
    StatusUpdate u = reviewable(id, expectedVersion);
    var before = u.auditState();
    u.accept();
    updates.flush();
    audit.recorded(UPDATE, id, "ACCEPTED", before, u.auditState());
    StatusUpdateView accepted = get(id);
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
    updates.saveAndFlush(u); // publishes UpdateSentBack: the owner gets a mail (ReturnMails)
    audit.recorded(UPDATE, id, "RETURNED", before, u.auditState());
    return get(id);
  }

  /** Whether the update is the signed-in person's own task. */
  @MemberOnly
  @Transactional(readOnly = true)
  public boolean isMine(long id) {
    Long owner = loadUpdate(id).assigneePersonId();
    return owner != null && owner.equals(me());
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
    updates.saveAndFlush(u); // publishes UpdateSentBack: the owner gets a mail (ReturnMails)
    audit.recorded(UPDATE, id, "REOPENED", before, u.auditState());
    return get(id);
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

  /**
   * An update changes while its round is open, or after the coordination reopened it. The round's
   * row stays locked until the change is saved: a round closing at the same moment waits for it and
   * then sees it (Rounds.close).
   */
  private StatusUpdate changeable(StatusUpdate u, Long expectedVersion) {
    if (!u.reopened()) {
      rounds
          .findLockedById(u.roundId())
          .orElseThrow(() -> new NotFoundException(Rounds.ROUND))
          .requireOpen();
    }
    Versions.check(UPDATE, u.getVersion(), expectedVersion);
    return u;
  }

  private static boolean coordinating() {
    return TenantContext.hasAnyRole(Role.COORDINATION, Role.ADMIN);
  }

  private Long me() {
    return persons.signedIn().map(PersonView::id).orElse(null);
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
    boolean derived = schedules.ofVersion(r.strategyVersionId()).progressFromMilestones();
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
    return rounds.findById(id).orElseThrow(() -> new NotFoundException(Rounds.ROUND));
  }

  private StatusUpdate loadUpdate(long id) {
    return updates.findById(id).orElseThrow(() -> new NotFoundException(UPDATE));
  }
}
