package de.fahrplan.plan.internal;

import de.fahrplan.plan.MilestoneInput;
import de.fahrplan.plan.MilestoneProgress;
import de.fahrplan.plan.MilestoneView;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Map;

/**
 * A milestone of a measure: the planned date of the adopted plan, and its execution state – reached
 * on a day, or expected on a moved date with the reason – kept current on the version in force.
 */
@Entity
@Table(name = "milestone")
public class Milestone extends TenantEntity {

  private Long measureId;
  private String title;
  private LocalDate plannedDate;
  private LocalDate actualDate;
  private boolean done;
  private LocalDate forecastDate;
  private String moveReason;

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
    if (done || in.plannedDate.equals(forecastDate)) {
      // the draft took the moved date over, or the milestone is reached: nothing is moved any more
      this.forecastDate = null;
      this.moveReason = null;
    }
  }

  /**
   * Execution state from an accepted status update: reached on a day, or moved to a new date with
   * its reason (a date equal to the planned one is no move). The planned date stays as adopted.
   */
  public void report(MilestoneProgress p) {
    this.done = p.done();
    this.actualDate = p.done() ? p.actualDate() : null;
    boolean moved = !p.done() && p.forecastDate() != null && !p.forecastDate().equals(plannedDate);
    this.forecastDate = moved ? p.forecastDate() : null;
    this.moveReason = moved ? p.reason() : null;
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
    Milestone copy = new Milestone(newMeasureId, in);
    copy.forecastDate = forecastDate;
    copy.moveReason = moveReason;
    return copy;
  }

  public MilestoneView view(LocalDate today) {
    return new MilestoneView(
        getId(),
        measureId,
        title,
        plannedDate,
        actualDate,
        done,
        forecastDate,
        moveReason,
        !done && (forecastDate != null ? forecastDate : plannedDate).isBefore(today),
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "title",
        title,
        "plannedDate",
        plannedDate,
        "actualDate",
        actualDate,
        "done",
        done,
        "forecastDate",
        forecastDate,
        "moveReason",
        moveReason);
  }
}
