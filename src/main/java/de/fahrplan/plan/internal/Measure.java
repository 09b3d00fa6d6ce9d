package de.fahrplan.plan.internal;

import de.fahrplan.plan.Horizon;
import de.fahrplan.plan.MeasureInput;
import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A measure (Maßnahme) of one strategy version. Description is stored sanitised. */
@Entity
@Table(name = "measure")
public class Measure extends TenantEntity {

  private Long strategyVersionId;
  private String code;
  private String title;
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "measure_goal", joinColumns = @JoinColumn(name = "measure_id"))
  @Column(name = "goal_id")
  private Set<Long> goalIds = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  private MeasureStatus status;

  private String statusReason;
  private LocalDate plannedStart;
  private LocalDate plannedEnd;
  private LocalDate actualStart;
  private LocalDate actualEnd;

  @Enumerated(EnumType.STRING)
  private Horizon horizonOverride;

  private Long leadOrgUnitId;
  private Long responsiblePersonId;

  protected Measure() {}

  public Measure(Long strategyVersionId, MeasureInput in, String sanitizedDescription) {
    this.strategyVersionId = strategyVersionId;
    apply(in, sanitizedDescription);
  }

  /** The measure's own rules; references (goals, org unit, person) are checked by the caller. */
  public void apply(MeasureInput in, String sanitizedDescription) {
    new Rules()
        .required("code", in.code)
        .maxLength("code", in.code, 20)
        .required("title", in.title)
        .maxLength("title", in.title, 300)
        .maxLength("description", sanitizedDescription, 20000)
        .check(in.goalIds != null && !in.goalIds.isEmpty(), "goalIds", "measure.goalRequired")
        .required("status", in.status)
        .check(
            in.status == null
                || !in.status.needsReason()
                || (in.statusReason != null && !in.statusReason.isBlank()),
            "statusReason",
            "measure.reasonRequired")
        .maxLength("statusReason", in.statusReason, 2000)
        .notBefore("plannedEnd", in.plannedEnd, in.plannedStart)
        .notBefore("actualEnd", in.actualEnd, in.actualStart)
        .check(
            in.status != MeasureStatus.COMPLETED || in.actualEnd != null,
            "actualEnd",
            "measure.completedNeedsEnd")
        .throwIfAny();
    this.code = in.code;
    this.title = in.title;
    this.description = sanitizedDescription;
    this.goalIds = new LinkedHashSet<>(in.goalIds);
    this.status = in.status;
    this.statusReason = in.status.needsReason() ? in.statusReason : null;
    this.plannedStart = in.plannedStart;
    this.plannedEnd = in.plannedEnd;
    this.actualStart = in.actualStart;
    this.actualEnd = in.actualEnd;
    this.horizonOverride = in.horizonOverride;
    this.leadOrgUnitId = in.leadOrgUnitId;
    this.responsiblePersonId = in.responsiblePersonId;
  }

  /** A copy for the next strategy version, pointing at the copied goals. */
  public Measure copyFor(Long newVersionId, Map<Long, Long> goalIdMap) {
    Measure copy = new Measure();
    copy.strategyVersionId = newVersionId;
    copy.code = code;
    copy.title = title;
    copy.description = description;
    copy.goalIds =
        new LinkedHashSet<>(goalIds.stream().map(goalIdMap::get).filter(g -> g != null).toList());
    copy.status = status;
    copy.statusReason = statusReason;
    copy.plannedStart = plannedStart;
    copy.plannedEnd = plannedEnd;
    copy.actualStart = actualStart;
    copy.actualEnd = actualEnd;
    copy.horizonOverride = horizonOverride;
    copy.leadOrgUnitId = leadOrgUnitId;
    copy.responsiblePersonId = responsiblePersonId;
    return copy;
  }

  public Long strategyVersionId() {
    return strategyVersionId;
  }

  public String code() {
    return code;
  }

  public Set<Long> goalIds() {
    return Set.copyOf(goalIds);
  }

  public Long leadOrgUnitId() {
    return leadOrgUnitId;
  }

  public Long responsiblePersonId() {
    return responsiblePersonId;
  }

  public MeasureView view(int strategyStartYear) {
    Horizon horizon =
        horizonOverride != null ? horizonOverride : Horizon.derive(plannedEnd, strategyStartYear);
    return new MeasureView(
        getId(),
        strategyVersionId,
        code,
        title,
        description,
        List.copyOf(goalIds),
        status,
        statusReason,
        plannedStart,
        plannedEnd,
        actualStart,
        actualEnd,
        horizon,
        horizonOverride,
        leadOrgUnitId,
        responsiblePersonId,
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "code",
        code,
        "title",
        title,
        "description",
        description,
        "goalIds",
        goalIds.stream().sorted().toList(),
        "status",
        status,
        "statusReason",
        statusReason,
        "plannedStart",
        plannedStart,
        "plannedEnd",
        plannedEnd,
        "actualStart",
        actualStart,
        "actualEnd",
        actualEnd,
        "horizonOverride",
        horizonOverride,
        "leadOrgUnitId",
        leadOrgUnitId,
        "responsiblePersonId",
        responsiblePersonId);
  }
}
