package de.fahrplan.reporting;

import de.fahrplan.plan.SharedMeasures;
import de.fahrplan.shared.security.MemberOnly;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status updates of a measure another municipality shares with this one (see {@link
 * SharedMeasures}): what its lead municipality reported, submitted or accepted, newest first. Read
 * past the tenant filter, and only after {@link SharedMeasures#get} confirmed the partnership.
 */
@Service
public class SharedUpdates {

  /** One reported period of a shared measure. */
  public record SharedUpdate(
      String period,
      UpdateState state,
      TrafficLight trafficLight,
      Integer progress,
      String explanation,
      String achieved,
      String nextSteps,
      String risks,
      String decisionsNeeded) {}

  private final JdbcTemplate jdbc;
  private final SharedMeasures shared;

  SharedUpdates(JdbcTemplate jdbc, SharedMeasures shared) {
    this.jdbc = jdbc;
    this.shared = shared;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public List<SharedUpdate> of(long measureId) {
    shared.get(measureId);
    return jdbc.query(
        "select r.cadence, r.period_start, u.state, u.traffic_light, u.progress, u.explanation,"
            + " u.achieved, u.next_steps, u.risks, u.decisions_needed"
            + " from status_update u join reporting_round r on r.id = u.round_id"
            + " where u.measure_id = ? and u.state in ('SUBMITTED', 'ACCEPTED')"
            + " order by r.period_start desc",
        (rs, n) ->
            new SharedUpdate(
                Cadence.valueOf(rs.getString(1)).periodOf(rs.getDate(2).toLocalDate()).label(),
                UpdateState.valueOf(rs.getString(3)),
                rs.getString(4) == null ? null : TrafficLight.valueOf(rs.getString(4)),
                (Integer) rs.getObject(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10)),
        measureId);
  }
}
