package de.fahrplan.reporting;

import de.fahrplan.plan.MeasureReports;
import de.fahrplan.reporting.internal.ReportingRound;
import de.fahrplan.reporting.internal.StatusUpdateRepository;
import de.fahrplan.reporting.internal.UpdateInRound;
import de.fahrplan.shared.security.MemberOnly;
import java.util.List;
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
  private final ReportingSchedules schedules;

  MeasureTimeline(StatusUpdateRepository updates, ReportingSchedules schedules) {
    this.updates = updates;
    this.schedules = schedules;
  }

  @Override
  @MemberOnly
  @Transactional(readOnly = true)
  public List<Reported> of(long measureId) {
    List<UpdateInRound> list = updates.reportedOf(measureId);
    if (list.isEmpty()) {
      return List.of();
    }
    boolean derived =
        schedules.ofVersion(list.get(0).round().strategyVersionId()).progressFromMilestones();
    return list.stream()
        .map(
            x -> {
              ReportingRound r = x.round();
              return reported(
                  x.update().view(r.period().label(), r.dueDate(), null, r.open(), derived, null));
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
