package de.fahrplan.reporting;

import de.fahrplan.plan.MeasureReports;
import de.fahrplan.reporting.internal.ReportingRound;
import de.fahrplan.reporting.internal.ReportingRoundRepository;
import de.fahrplan.reporting.internal.StatusUpdate;
import de.fahrplan.reporting.internal.StatusUpdateRepository;
import de.fahrplan.shared.security.MemberOnly;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A measure's status updates over the rounds for its page: what was submitted or accepted (a draft
 * is the owner's, not yet a statement), the latest round first, with the progress rule of the
 * round's strategy (from milestones or as reported).
 */
@Service
class MeasureTimeline implements MeasureReports {

  private final StatusUpdateRepository updates;
  private final ReportingRoundRepository rounds;
  private final ReportingSchedules schedules;

  MeasureTimeline(
      StatusUpdateRepository updates,
      ReportingRoundRepository rounds,
      ReportingSchedules schedules) {
    this.updates = updates;
    this.rounds = rounds;
    this.schedules = schedules;
  }

  @Override
  @MemberOnly
  @Transactional(readOnly = true)
  public List<Reported> of(long measureId) {
    List<StatusUpdate> list = updates.reportedOf(measureId);
    if (list.isEmpty()) {
      return List.of();
    }
    Map<Long, ReportingRound> byId =
        rounds.ofMeasure(measureId).stream()
            .collect(Collectors.toMap(ReportingRound::getId, Function.identity()));
    boolean derived =
        schedules
            .ofVersion(byId.values().iterator().next().strategyVersionId())
            .progressFromMilestones();
    return list.stream()
        .sorted(
            Comparator.comparing((StatusUpdate u) -> byId.get(u.roundId()).dueDate()).reversed())
        .map(
            u -> {
              ReportingRound r = byId.get(u.roundId());
              return reported(
                  u.view(r.period().label(), r.dueDate(), null, r.open(), derived, null));
            })
        .toList();
  }

  private static Reported reported(StatusUpdateView v) {
    return new Reported(
        v.id(),
        v.period(),
        v.dueDate(),
        v.state() == UpdateState.ACCEPTED,
        v.trafficLight() == null ? null : v.trafficLight().name(),
        v.progress(),
        v.explanation(),
        v.achieved(),
        v.nextSteps(),
        v.risks(),
        v.decisionsNeeded(),
        v.milestones().stream()
            .map(m -> new Milestone(m.title(), m.done(), m.done() ? m.actualDate() : m.dueDate()))
            .toList(),
        v.spending().stream()
            .filter(s -> s.spent() != null || s.fteUsed() != null)
            .map(s -> new Spent(s.budgetYear(), s.spent(), s.fteUsed()))
            .toList());
  }
}
