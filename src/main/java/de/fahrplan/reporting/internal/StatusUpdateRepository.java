package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.UpdateState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StatusUpdateRepository extends JpaRepository<StatusUpdate, Long> {

  List<StatusUpdate> findByRoundIdOrderByIdAsc(Long roundId);

  List<StatusUpdate> findByRoundIdIn(Collection<Long> roundIds);

  long countByMeasureId(Long measureId);

  /**
   * A measure's submitted and accepted updates, each with its round, the latest round first – in
   * one statement (the rounds were a second one). The states are written out: one translation.
   */
  @Query(
      "select new de.fahrplan.reporting.internal.UpdateInRound(u, r) from StatusUpdate u"
          + " join ReportingRound r on r.id = u.roundId where u.measureId = :measureId"
          + " and u.state in (de.fahrplan.reporting.UpdateState.SUBMITTED,"
          + " de.fahrplan.reporting.UpdateState.ACCEPTED) order by r.dueDate desc, r.id desc")
  List<UpdateInRound> reportedOf(long measureId);

  List<StatusUpdate> findByAssigneePersonIdInAndStateIn(
      Collection<Long> personIds, Collection<UpdateState> states);

  /** Updates per state of some rounds: [roundId, state, count]. */
  @Query(
      "select u.roundId, u.state, count(u) from StatusUpdate u where u.roundId in :roundIds"
          + " group by u.roundId, u.state")
  List<Object[]> countByRoundAndState(Collection<Long> roundIds);

  /** Reported (submitted or accepted) updates per round and traffic light, for the trend. */
  @Query(
      "select u.roundId, u.trafficLight, count(u) from StatusUpdate u where u.roundId in :roundIds"
          + " and u.state in (de.fahrplan.reporting.UpdateState.SUBMITTED,"
          + " de.fahrplan.reporting.UpdateState.ACCEPTED) group by u.roundId, u.trafficLight")
  List<Object[]> countReportedByRoundAndLight(Collection<Long> roundIds);

  // --- the dashboard reads plain values, never the round's entities --------------------------

  @Query(
      "select new de.fahrplan.reporting.internal.UpdateFigures(u.measureId, u.orgUnitId, u.state,"
          + " u.trafficLight, u.progress) from StatusUpdate u where u.roundId = :roundId"
          + " order by u.id")
  List<UpdateFigures> figuresOfRound(Long roundId);

  /** Milestones not reached whose (moved) date lies before {@code day}, longest overdue first. */
  @Query(
      "select new de.fahrplan.reporting.internal.OpenMilestone(u.id, u.measureId, m.title,"
          + " m.plannedDate, coalesce(m.newPlannedDate, m.plannedDate), m.reason)"
          + " from StatusUpdate u join u.milestones m where u.roundId = :roundId and m.done = false"
          + " and coalesce(m.newPlannedDate, m.plannedDate) < :day"
          + " order by coalesce(m.newPlannedDate, m.plannedDate), u.id, m.plannedDate, m.id")
  List<OpenMilestone> overdueOfRound(Long roundId, LocalDate day);

  @Query(
      "select new de.fahrplan.reporting.internal.DecisionNeeded(u.id, u.measureId,"
          + " u.decisionsNeeded) from StatusUpdate u where u.roundId = :roundId"
          + " and u.decisionsNeeded is not null and u.state in"
          + " (de.fahrplan.reporting.UpdateState.SUBMITTED, de.fahrplan.reporting.UpdateState.ACCEPTED)"
          + " order by u.id")
  List<DecisionNeeded> decisionsOfRound(Long roundId);

  /** Money spent to date per budget year over the round's updates: [budgetYear, sum]. */
  @Query(
      "select s.budgetYear, sum(s.spent) from StatusUpdate u join u.spending s"
          + " where u.roundId = :roundId and s.spent is not null group by s.budgetYear")
  List<Object[]> spentOfRound(Long roundId);
}
