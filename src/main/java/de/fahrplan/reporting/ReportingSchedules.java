package de.fahrplan.reporting;

import de.fahrplan.reporting.internal.ReportingSchedule;
import de.fahrplan.reporting.internal.ReportingScheduleRepository;
import de.fahrplan.shared.Versions;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporting schedule of a strategy: cadence, due days, reminders, progress from milestones. */
@Service
public class ReportingSchedules {

  static final String SCHEDULE = "ReportingSchedule";

  private final ReportingScheduleRepository schedules;
  private final Strategies strategies;
  private final AuditLog audit;

  ReportingSchedules(ReportingScheduleRepository schedules, Strategies strategies, AuditLog audit) {
    this.schedules = schedules;
    this.strategies = strategies;
    this.audit = audit;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public ScheduleView schedule(long strategyId) {
    return of(strategyId).view();
  }

  @CoordinationOnly
  @Transactional
  public ScheduleView setSchedule(long strategyId, Long expectedVersion, ScheduleInput input) {
    ReportingSchedule s = of(strategyId);
    Versions.check(SCHEDULE, s.view().version(), expectedVersion);
    var before = s.auditState();
    s.apply(input);
    s = schedules.saveAndFlush(s);
    audit.changed(SCHEDULE, strategyId, before, s.auditState());
    return s.view();
  }

  /**
   * How often the strategy reports, as a council's reporting mandate asks; the other settings stay.
   */
  @CoordinationOnly
  @Transactional
  public ScheduleView setCadence(long strategyId, Cadence cadence) {
    ReportingSchedule s = of(strategyId);
    if (s.cadence() == cadence) {
      return s.view();
    }
    var before = s.auditState();
    s.reportEvery(cadence);
    s = schedules.saveAndFlush(s);
    audit.changed(SCHEDULE, strategyId, before, s.auditState());
    return s.view();
  }

  /** The schedule of a version's strategy. */
  ReportingSchedule ofVersion(long versionId) {
    // the version of the current municipality proves its strategy exists
    return stored(strategies.version(versionId).strategyId());
  }

  /** The strategy's schedule; the defaults while none is saved. */
  ReportingSchedule of(long strategyId) {
    strategies.get(strategyId);
    return stored(strategyId);
  }

  private ReportingSchedule stored(long strategyId) {
    return schedules
        .findByStrategyId(strategyId)
        .orElseGet(() -> new ReportingSchedule(strategyId));
  }
}
