package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.StatusUpdateInput;
import de.fahrplan.reporting.StatusUpdateView;
import de.fahrplan.reporting.TrafficLight;
import de.fahrplan.reporting.UpdateState;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The status update (Sachstandsbericht) of one measure in one round. Guards its workflow: the owner
 * edits a draft or a returned update and submits it complete (traffic light, progress, an
 * explanation unless "im Plan"); the coordination accepts a submitted update or returns it with a
 * comment. Whether the round is still open is checked by the caller.
 */
@Entity
@Table(name = "status_update")
public class StatusUpdate extends TenantEntity {

  private Long roundId;
  private Long measureId;
  private Long assigneePersonId;
  private Long orgUnitId;

  @Enumerated(EnumType.STRING)
  private UpdateState state;

  @Enumerated(EnumType.STRING)
  private TrafficLight trafficLight;

  private String explanation;
  private Integer progress;
  private String achieved;
  private String nextSteps;
  private String risks;
  private String decisionsNeeded;
  private String returnComment;
  private Instant submittedAt;
  private boolean reopened;

  protected StatusUpdate() {}

  /** A new task; it starts from the previous period's report of the measure, if there is one. */
  public StatusUpdate(
      Long roundId, Long measureId, Long assigneePersonId, Long orgUnitId, StatusUpdate previous) {
    this.roundId = roundId;
    this.measureId = measureId;
    this.assigneePersonId = assigneePersonId;
    this.orgUnitId = orgUnitId;
    this.state = UpdateState.DRAFT;
    if (previous != null) {
      this.trafficLight = previous.trafficLight;
      this.explanation = previous.explanation;
      this.progress = previous.progress;
      this.nextSteps = previous.nextSteps;
      this.risks = previous.risks;
    }
  }

  public void edit(StatusUpdateInput in) {
    if (!state.editable()) {
      throw new InvalidInputException(null, "reporting.notEditable");
    }
    new Rules()
        .check(
            in.progress == null || (in.progress >= 0 && in.progress <= 100),
            "progress",
            "reporting.progressRange")
        .maxLength("explanation", in.explanation, 4000)
        .maxLength("achieved", in.achieved, 8000)
        .maxLength("nextSteps", in.nextSteps, 8000)
        .maxLength("risks", in.risks, 8000)
        .maxLength("decisionsNeeded", in.decisionsNeeded, 4000)
        .throwIfAny();
    this.trafficLight = in.trafficLight;
    this.explanation = blankToNull(in.explanation);
    this.progress = in.progress;
    this.achieved = blankToNull(in.achieved);
    this.nextSteps = blankToNull(in.nextSteps);
    this.risks = blankToNull(in.risks);
    this.decisionsNeeded = blankToNull(in.decisionsNeeded);
  }

  public void submit(Instant now) {
    if (!state.editable()) {
      throw new InvalidInputException(null, "reporting.notEditable");
    }
    new Rules()
        .required("trafficLight", trafficLight)
        .required("progress", progress)
        .check(
            trafficLight == null || !trafficLight.needsExplanation() || explanation != null,
            "explanation",
            "reporting.explanationRequired")
        .throwIfAny();
    this.state = UpdateState.SUBMITTED;
    this.submittedAt = now;
  }

  public void accept() {
    requireSubmitted();
    this.state = UpdateState.ACCEPTED;
    this.returnComment = null;
    this.reopened = false;
  }

  /**
   * Opens one update of a closed round again for a late change: back to its owner with the reason;
   * accepting it locks it again.
   */
  public void reopen(String comment) {
    if (reopened) {
      throw new InvalidInputException(null, "reporting.alreadyReopened");
    }
    new Rules()
        .check(comment != null && !comment.isBlank(), "comment", "reporting.commentRequired")
        .maxLength("comment", comment, 4000)
        .throwIfAny();
    this.state = UpdateState.RETURNED;
    this.returnComment = comment.strip();
    this.reopened = true;
  }

  /** Whether this update may change although its round is closed. */
  public boolean reopened() {
    return reopened;
  }

  public void returnWith(String comment) {
    requireSubmitted();
    new Rules()
        .check(comment != null && !comment.isBlank(), "comment", "reporting.commentRequired")
        .maxLength("comment", comment, 4000)
        .throwIfAny();
    this.state = UpdateState.RETURNED;
    this.returnComment = comment.strip();
  }

  private void requireSubmitted() {
    if (state != UpdateState.SUBMITTED) {
      throw new InvalidInputException(null, "reporting.notSubmitted");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long roundId() {
    return roundId;
  }

  public Long measureId() {
    return measureId;
  }

  public Long assigneePersonId() {
    return assigneePersonId;
  }

  public UpdateState state() {
    return state;
  }

  public StatusUpdateView view(
      String period, LocalDate dueDate, String measureLabel, boolean roundOpen) {
    return new StatusUpdateView(
        getId(),
        roundId,
        period,
        dueDate,
        measureId,
        measureLabel,
        assigneePersonId,
        orgUnitId,
        state,
        trafficLight,
        explanation,
        progress,
        achieved,
        nextSteps,
        risks,
        decisionsNeeded,
        returnComment,
        submittedAt,
        !roundOpen && !reopened,
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "state",
        state,
        "trafficLight",
        trafficLight,
        "explanation",
        explanation,
        "progress",
        progress,
        "achieved",
        achieved,
        "nextSteps",
        nextSteps,
        "risks",
        risks,
        "decisionsNeeded",
        decisionsNeeded,
        "returnComment",
        returnComment,
        "reopened",
        reopened);
  }
}
