package de.fahrplan.reporting;

import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.PersonLeft;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.MilestoneView;
import de.fahrplan.plan.Milestones;
import de.fahrplan.reporting.internal.ReportingRound;
import de.fahrplan.reporting.internal.ReportingRoundRepository;
import de.fahrplan.reporting.internal.StatusUpdate;
import de.fahrplan.reporting.internal.StatusUpdateRepository;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.strategy.VersionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who writes a measure's status update: its responsible person; when nobody is named or the person
 * has left, the lead of the measure's org unit; without one, nobody (the coordination sees it).
 * Owners get one mail per round with all their measures.
 */
@Component
class RoundTasks {

  private final StatusUpdateRepository updates;
  private final ReportingRoundRepository rounds;
  private final Measures measures;
  private final Milestones milestones;
  private final Persons persons;
  private final OrgUnits orgUnits;
  private final TaskMails mails;
  private final AuditLog audit;
  private final Clock clock;

  RoundTasks(
      StatusUpdateRepository updates,
      ReportingRoundRepository rounds,
      Measures measures,
      Milestones milestones,
      Persons persons,
      OrgUnits orgUnits,
      TaskMails mails,
      AuditLog audit,
      Clock clock) {
    this.updates = updates;
    this.rounds = rounds;
    this.measures = measures;
    this.milestones = milestones;
    this.persons = persons;
    this.orgUnits = orgUnits;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
  }

  /** A task (a status update to write) for every reporting measure of a new round. */
  void createFor(ReportingRound round, VersionView version, List<ReportingRound> existing) {
    Map<Long, StatusUpdate> previous = previousUpdates(existing);
    List<MeasureView> reporting =
        measures.all(version.id()).stream()
            .filter(m -> Rounds.REPORTING.contains(m.status()))
            .toList();
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
    mails.notifyOwners(round, created);
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
    Map<Long, ReportingRound> roundOf = roundsOf(rounds, mine);
    List<StatusUpdate> open =
        mine.stream().filter(u -> u.reopened() || roundOf.get(u.roundId()).open()).toList();
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<StatusUpdate>> byRound = new HashMap<>();
    for (StatusUpdate u : open) {
      var before = u.auditState();
      u.reassign(leadFor(u.orgUnitId() != null ? u.orgUnitId() : event.orgUnitId(), today));
      audit.recorded(StatusUpdates.UPDATE, u.getId(), "REASSIGNED", before, u.auditState());
      byRound.computeIfAbsent(u.roundId(), k -> new ArrayList<>()).add(u);
    }
    updates.flush();
    byRound.forEach((roundId, list) -> mails.notifyOwners(roundOf.get(roundId), list));
  }

  static Map<Long, ReportingRound> roundsOf(
      ReportingRoundRepository repository, List<StatusUpdate> list) {
    return repository
        .findAllById(list.stream().map(StatusUpdate::roundId).distinct().toList())
        .stream()
        .collect(Collectors.toMap(ReportingRound::getId, Function.identity()));
  }

  private Map<Long, StatusUpdate> previousUpdates(List<ReportingRound> existing) {
    if (existing.isEmpty()) {
      return Map.of();
    }
    return updates.findByRoundIdOrderByIdAsc(existing.get(0).getId()).stream()
        .collect(Collectors.toMap(StatusUpdate::measureId, Function.identity()));
  }
}
