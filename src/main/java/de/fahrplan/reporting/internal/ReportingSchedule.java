package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.Cadence;
import de.fahrplan.reporting.ScheduleInput;
import de.fahrplan.reporting.ScheduleView;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Map;

/** The reporting schedule of one strategy; quarterly, due 15 days after the period, by default. */
@Entity
@Table(name = "reporting_schedule")
public class ReportingSchedule extends TenantEntity {

  public static final Cadence DEFAULT_CADENCE = Cadence.QUARTERLY;
  public static final int DEFAULT_DUE_DAYS = 15;

  private Long strategyId;

  @Enumerated(EnumType.STRING)
  private Cadence cadence;

  private int dueDays;
  private int remindDaysBefore;
  private int remindDaysAfter;

  protected ReportingSchedule() {}

  public ReportingSchedule(Long strategyId) {
    this.strategyId = strategyId;
    this.cadence = DEFAULT_CADENCE;
    this.dueDays = DEFAULT_DUE_DAYS;
    this.remindDaysBefore = 5;
    this.remindDaysAfter = 3;
  }

  public void apply(ScheduleInput in) {
    new Rules()
        .required("cadence", in.cadence)
        .required("dueDays", in.dueDays)
        .check(
            in.dueDays == null || (in.dueDays >= 0 && in.dueDays <= 90),
            "dueDays",
            "reporting.dueDaysRange")
        .required("remindDaysBefore", in.remindDaysBefore)
        .check(inDays(in.remindDaysBefore), "remindDaysBefore", "reporting.remindRange")
        .required("remindDaysAfter", in.remindDaysAfter)
        .check(inDays(in.remindDaysAfter), "remindDaysAfter", "reporting.remindRange")
        .throwIfAny();
    this.cadence = in.cadence;
    this.dueDays = in.dueDays;
    this.remindDaysBefore = in.remindDaysBefore;
    this.remindDaysAfter = in.remindDaysAfter;
  }

  private static boolean inDays(Integer days) {
    return days == null || (days >= 1 && days <= 60);
  }

  public int remindDaysBefore() {
    return remindDaysBefore;
  }

  public int remindDaysAfter() {
    return remindDaysAfter;
  }

  public Cadence cadence() {
    return cadence;
  }

  public int dueDays() {
    return dueDays;
  }

  /** Version as the API shows it: a schedule never saved has 0, a saved one its version + 1. */
  public ScheduleView view() {
    return new ScheduleView(
        strategyId,
        cadence,
        dueDays,
        remindDaysBefore,
        remindDaysAfter,
        getId() == null ? 0 : getVersion() + 1);
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "cadence",
        cadence,
        "dueDays",
        dueDays,
        "remindDaysBefore",
        remindDaysBefore,
        "remindDaysAfter",
        remindDaysAfter);
  }
}
