package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.Cadence;
import de.fahrplan.reporting.LightPolicy;
import de.fahrplan.reporting.ReportSection;
import de.fahrplan.reporting.ScheduleInput;
import de.fahrplan.reporting.ScheduleView;
import de.fahrplan.reporting.Weighting;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
  private boolean progressFromMilestones;

  @Enumerated(EnumType.STRING)
  private Weighting weighting;

  @Enumerated(EnumType.STRING)
  private LightPolicy lightPolicy;

  private int shareThreshold;

  /** Comma-separated {@link ReportSection} names. */
  private String reportSections;

  private String reportIntro;

  protected ReportingSchedule() {}

  public ReportingSchedule(Long strategyId) {
    this.strategyId = strategyId;
    this.cadence = DEFAULT_CADENCE;
    this.dueDays = DEFAULT_DUE_DAYS;
    this.remindDaysBefore = 5;
    this.remindDaysAfter = 3;
    this.weighting = Weighting.EQUAL;
    this.lightPolicy = LightPolicy.WORST_OF;
    this.shareThreshold = 25;
    this.reportSections = join(EnumSet.allOf(ReportSection.class));
  }

  private static String join(Set<ReportSection> sections) {
    return sections.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  public Set<ReportSection> reportSections() {
    Set<ReportSection> set = EnumSet.noneOf(ReportSection.class);
    Arrays.stream(reportSections.split(","))
        .filter(x -> !x.isBlank())
        .forEach(x -> set.add(ReportSection.valueOf(x)));
    return set;
  }

  public boolean progressFromMilestones() {
    return progressFromMilestones;
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
        .check(
            in.shareThreshold == null || (in.shareThreshold >= 1 && in.shareThreshold <= 100),
            "shareThreshold",
            "reporting.shareRange")
        .check(
            in.reportSections == null || !in.reportSections.isEmpty(),
            "reportSections",
            "reporting.sectionsRequired")
        .maxLength("reportIntro", in.reportIntro, 8000)
        .throwIfAny();
    // settings a request leaves out (null) stay as they are
    if (in.progressFromMilestones != null) {
      this.progressFromMilestones = in.progressFromMilestones;
    }
    if (in.weighting != null) {
      this.weighting = in.weighting;
    }
    if (in.lightPolicy != null) {
      this.lightPolicy = in.lightPolicy;
    }
    if (in.shareThreshold != null) {
      this.shareThreshold = in.shareThreshold;
    }
    if (in.reportSections != null) {
      this.reportSections = join(EnumSet.copyOf(in.reportSections));
    }
    this.reportIntro =
        in.reportIntro == null || in.reportIntro.isBlank() ? null : in.reportIntro.strip();
    this.cadence = in.cadence;
    this.dueDays = in.dueDays;
    this.remindDaysBefore = in.remindDaysBefore;
    this.remindDaysAfter = in.remindDaysAfter;
  }

  public void reportEvery(Cadence cadence) {
    this.cadence = cadence;
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
        progressFromMilestones,
        weighting,
        lightPolicy,
        shareThreshold,
        reportSections(),
        reportIntro,
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
        remindDaysAfter,
        "progressFromMilestones",
        progressFromMilestones,
        "weighting",
        weighting,
        "lightPolicy",
        lightPolicy,
        "shareThreshold",
        shareThreshold,
        "reportSections",
        reportSections,
        "reportIntro",
        reportIntro);
  }
}
