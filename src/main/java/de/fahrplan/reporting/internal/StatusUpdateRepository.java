package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.UpdateState;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StatusUpdateRepository extends JpaRepository<StatusUpdate, Long> {

  List<StatusUpdate> findByRoundIdOrderByIdAsc(Long roundId);

  List<StatusUpdate> findByRoundIdIn(Collection<Long> roundIds);

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
}
