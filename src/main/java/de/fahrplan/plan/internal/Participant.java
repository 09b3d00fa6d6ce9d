package de.fahrplan.plan.internal;

import de.fahrplan.plan.ParticipantInput;
import de.fahrplan.plan.ParticipantView;
import de.fahrplan.plan.Raci;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.stream.Stream;

/** A further participant of a measure (org unit, person or Organization) with a RACI role. */
@Entity
@Table(name = "measure_participant")
public class Participant extends TenantEntity {

  private Long measureId;
  private Long orgUnitId;
  private Long personId;
  private Long organizationId;

  @Enumerated(EnumType.STRING)
  private Raci raci;

  private String task;

  protected Participant() {}

  public Participant(Long measureId, ParticipantInput in) {
    long given =
        Stream.of(in.orgUnitId, in.personId, in.organizationId).filter(x -> x != null).count();
    new Rules()
        .check(given == 1, "participant", "participant.exactlyOne")
        .required("raci", in.raci)
        .maxLength("task", in.task, 300)
        .throwIfAny();
    this.measureId = measureId;
    this.orgUnitId = in.orgUnitId;
    this.personId = in.personId;
    this.organizationId = in.organizationId;
    this.raci = in.raci;
    this.task = in.task == null || in.task.isBlank() ? null : in.task.trim();
  }

  public Participant copyFor(Long newMeasureId) {
    Participant copy = new Participant();
    copy.measureId = newMeasureId;
    copy.orgUnitId = orgUnitId;
    copy.personId = personId;
    copy.organizationId = organizationId;
    copy.raci = raci;
    copy.task = task;
    return copy;
  }

  public Long measureId() {
    return measureId;
  }

  public ParticipantView view(String name) {
    return new ParticipantView(
        getId(), measureId, orgUnitId, personId, organizationId, name, raci, task, getVersion());
  }

  public Long orgUnitId() {
    return orgUnitId;
  }

  public Long personId() {
    return personId;
  }

  public Long organizationId() {
    return organizationId;
  }

  public Map<String, Object> auditState(String name) {
    return AuditLog.state("participant", name, "raci", raci, "task", task);
  }
}
