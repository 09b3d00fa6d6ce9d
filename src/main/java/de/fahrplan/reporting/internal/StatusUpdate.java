package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.MilestoneReportInput;
import de.fahrplan.reporting.StatusUpdateInput;
import de.fahrplan.reporting.StatusUpdateView;
import de.fahrplan.reporting.TrafficLight;
import de.fahrplan.reporting.UpdateState;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * The status update (Sachstandsbericht) of one measure in one round. Guards its workflow: the owner
 * edits a draft or a returned update and submits it complete (traffic light, progress, an
 * explanation unless "im Plan"); the coordination accepts a submitted update or returns it with a
 * comment. Whether the round is still open is checked by the caller. Holds the reports on the
 * measure's milestones and the spending per budget year; with "progress from milestones" the
 * progress is the share of milestones reached.
 */
@Entity
@Table(name = "status_update")
public class StatusUpdate extends TenantEntity {

  /** What happened to it that others care about, published when the repository saves it. */
  @Transient private final List<Object> events = new ArrayList<>();

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
  private Long previousId;
  private Long reassignedFromPersonId;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "status_update_id", nullable = false)
  @OrderBy("plannedDate, id")
  private List<MilestoneReport> milestones = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "status_update_id", nullable = false)
  @OrderBy("budgetYear")
  private List<SpendingReport> spending = new ArrayList<>();

  /** What an edit is checked against: the day, the strategy's years and the plan of the measure. */
  public record EditContext(
      LocalDate today,
      int firstYear,
      int lastYear,
      Set<Integer> plannedYears,
      boolean progressFromMilestones) {}

  /** A milestone of the plan in force with its state (reached, moved), as a new task starts. */
  public record PlannedMilestone(
      Long id,
      String title,
      LocalDate plannedDate,
      boolean done,
      LocalDate actualDate,
      LocalDate forecastDate,
      String reason) {}

  protected StatusUpdate() {}

  /**
   * A new task; it starts from the previous period's report of the measure, if there is one (its
   * texts and spending), and lists every milestone of the plan in the state the plan holds (what
   * accepted updates reported of them).
   */
  public StatusUpdate(
      Long roundId,
      Long measureId,
      Long assigneePersonId,
      Long orgUnitId,
      StatusUpdate previous,
      List<PlannedMilestone> planned) {
    this.roundId = roundId;
    this.measureId = measureId;
    this.assigneePersonId = assigneePersonId;
    this.orgUnitId = orgUnitId;
    this.state = UpdateState.DRAFT;
    if (previous != null) {
      this.previousId = previous.getId();
      this.trafficLight = previous.trafficLight;
      this.explanation = previous.explanation;
      this.progress = previous.progress;
      this.nextSteps = previous.nextSteps;
      this.risks = previous.risks;
      previous.spending.forEach(x -> spending.add(x.carryOver()));
    }
    for (PlannedMilestone p : planned) {
      milestones.add(
          new MilestoneReport(
              p.id(),
              p.title(),
              p.plannedDate(),
              p.done(),
              p.actualDate(),
              p.forecastDate(),
              p.reason()));
    }
  }

  /** The task goes to someone else (the org unit's lead) because its owner left. */
  public void reassign(Long newAssignee) {
    if (reassignedFromPersonId == null) {
      this.reassignedFromPersonId = assigneePersonId;
    }
    this.assigneePersonId = newAssignee;
  }

  public Long orgUnitId() {
    return orgUnitId;
  }

  public Long previousId() {
    return previousId;
  }

  public void edit(StatusUpdateInput in, EditContext ctx) {
    if (!state.editable()) {
      throw new InvalidInputException(null, "reporting.notEditable");
    }
    Rules rules = new Rules();
    Map<Long, MilestoneReport> byId =
        milestones.stream().collect(Collectors.toMap(MilestoneReport::milestoneId, m -> m));
    List<MilestoneReportInput> lines = in.milestones == null ? List.of() : in.milestones;
    for (int i = 0; i < lines.size(); i++) {
      MilestoneReportInput line = lines.get(i);
      MilestoneReport m = line == null ? null : byId.get(line.milestoneId);
      if (m == null) {
        rules.add("milestones[" + i + "].milestoneId", "validation.unknownReference");
      } else {
        m.check(line, "milestones[" + i + "]", ctx.today(), rules);
      }
    }
    SpendingReport.check(in.spending, ctx, rules);
    rules
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
    lines.forEach(line -> byId.get(line.milestoneId).apply(line));
    if (in.spending != null) {
      SpendingReport.apply(spending, in.spending, ctx.plannedYears());
    }
    this.trafficLight = in.trafficLight;
    this.explanation = blankToNull(in.explanation);
    this.progress =
        ctx.progressFromMilestones() && !milestones.isEmpty()
            ? Integer.valueOf(milestoneProgress())
            : in.progress;
    this.achieved = blankToNull(in.achieved);
    this.nextSteps = blankToNull(in.nextSteps);
    this.risks = blankToNull(in.risks);
    this.decisionsNeeded = blankToNull(in.decisionsNeeded);
  }

  /** Percent of the milestones reached. */
  private int milestoneProgress() {
    long done = milestones.stream().filter(MilestoneReport::done).count();
    return Math.round(100f * done / milestones.size());
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
    events.add(new UpdateSentBack(getId(), roundId, returnComment));
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
    events.add(new UpdateSentBack(getId(), roundId, returnComment));
  }

  @DomainEvents
  List<Object> events() {
    return List.copyOf(events);
  }

  @AfterDomainEventPublication
  void eventsPublished() {
    events.clear();
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
      String period,
      LocalDate dueDate,
      String measureLabel,
      boolean roundOpen,
      boolean progressDerived,
      StatusUpdateView.Previous previous) {
    return new StatusUpdateView(
        getId(),
        roundId,
        period,
        dueDate,
        measureId,
        measureLabel,
        assigneePersonId,
        reassignedFromPersonId,
        orgUnitId,
        state,
        trafficLight,
        explanation,
        progress,
        progressDerived && !milestones.isEmpty(),
        achieved,
        nextSteps,
        risks,
        decisionsNeeded,
        milestones.stream().map(MilestoneReport::line).toList(),
        spending.stream().map(SpendingReport::line).toList(),
        returnComment,
        submittedAt,
        !roundOpen && !reopened,
        previous,
        getVersion());
  }

  /** This update as the next period's "previous" values. */
  public StatusUpdateView.Previous asPrevious(String period) {
    return new StatusUpdateView.Previous(
        getId(),
        period,
        trafficLight,
        progress,
        achieved,
        nextSteps,
        risks,
        decisionsNeeded,
        milestones.stream().map(MilestoneReport::line).toList());
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
        reopened,
        "assigneePersonId",
        assigneePersonId,
        "milestones",
        RecordedLines.joined(milestones.stream().map(MilestoneReport::auditText).toList()),
        "spending",
        RecordedLines.joined(spending.stream().map(SpendingReport::auditText).toList()));
  }
}
