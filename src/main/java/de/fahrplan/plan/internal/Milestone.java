package de.fahrplan.plan.internal;

import de.fahrplan.plan.MilestoneInput;
import de.fahrplan.plan.MilestoneView;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;

/** A milestone of a measure: planned date, and when it was actually reached. */
@Entity
@Table(name = "milestone")
public class Milestone extends TenantEntity {

  private Long measureId;
  private String title;
  private LocalDate plannedDate;
  private LocalDate actualDate;
  private boolean done;

  protected Milestone() {}

  public Milestone(Long measureId, MilestoneInput in) {
    this.measureId = measureId;
    apply(in);
  }

  public void apply(MilestoneInput in) {
    new Rules()
        .required("title", in.title)
        .maxLength("title", in.title, 300)
        .required("plannedDate", in.plannedDate)
        .check(!in.done || in.actualDate != null, "actualDate", "milestone.doneNeedsDate")
        .throwIfAny();
    this.title = in.title;
    this.plannedDate = in.plannedDate;
    this.actualDate = in.actualDate;
    this.done = in.done;
  }

  public Long measureId() {
    return measureId;
  }

  public Milestone copyFor(Long newMeasureId) {
    MilestoneInput in = new MilestoneInput();
    in.title = title;
    in.plannedDate = plannedDate;
    in.actualDate = actualDate;
    in.done = done;
    return new Milestone(newMeasureId, in);
  }

  public MilestoneView view(LocalDate today) {
    return new MilestoneView(
        getId(),
        measureId,
        title,
        plannedDate,
        actualDate,
        done,
        !done && plannedDate.isBefore(today),
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "title", title, "plannedDate", plannedDate, "actualDate", actualDate, "done", done);
  }
}
