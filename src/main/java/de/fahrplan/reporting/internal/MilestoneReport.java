package de.fahrplan.reporting.internal;

import de.fahrplan.reporting.MilestoneReportInput;
import de.fahrplan.reporting.StatusUpdateView.MilestoneLine;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One milestone of the measure as reported in a status update: reached (when), or moved to a new
 * planned date (why). The adopted plan keeps its dates; the report says what became of them.
 */
@Entity
@Table(name = "status_update_milestone")
public class MilestoneReport extends TenantEntity {

  private Long milestoneId;
  private String title;
  private LocalDate plannedDate;
  private boolean done;
  private LocalDate actualDate;
  private LocalDate newPlannedDate;
  private String reason;

  protected MilestoneReport() {}

  MilestoneReport(
      Long milestoneId,
      String title,
      LocalDate plannedDate,
      boolean done,
      LocalDate actualDate,
      LocalDate newPlannedDate,
      String reason) {
    this.milestoneId = milestoneId;
    this.title = title;
    this.plannedDate = plannedDate;
    this.done = done;
    this.actualDate = actualDate;
    this.newPlannedDate = newPlannedDate;
    this.reason = reason;
  }

  /** Checks one line; {@code field} is its place in the form ("milestones[2]"). */
  void check(MilestoneReportInput in, String field, LocalDate today, Rules rules) {
    rules
        .check(!in.done || in.actualDate != null, field + ".actualDate", "milestone.doneNeedsDate")
        .check(
            in.actualDate == null || !in.actualDate.isAfter(today),
            field + ".actualDate",
            "reporting.milestoneDateFuture")
        .check(
            in.done || !moved(in) || (in.reason != null && !in.reason.isBlank()),
            field + ".reason",
            "reporting.reasonRequired")
        .maxLength(field + ".reason", in.reason, 2000);
  }

  private boolean moved(MilestoneReportInput in) {
    return in.newPlannedDate != null && !in.newPlannedDate.equals(plannedDate);
  }

  /** Takes a checked line: a reached milestone needs no new date, an unmoved one no reason. */
  void apply(MilestoneReportInput in) {
    boolean moved = moved(in);
    this.done = in.done;
    this.actualDate = in.done ? in.actualDate : null;
    this.newPlannedDate = in.done || !moved ? null : in.newPlannedDate;
    this.reason = in.done || !moved ? null : in.reason.strip();
  }

  Long milestoneId() {
    return milestoneId;
  }

  boolean done() {
    return done;
  }

  MilestoneLine line() {
    return new MilestoneLine(
        milestoneId, title, plannedDate, done, actualDate, newPlannedDate, reason);
  }

  String auditText() {
    return RecordedLines.milestone(title, done, actualDate, newPlannedDate, reason);
  }

  boolean sameAs(MilestoneReport other) {
    return other != null
        && done == other.done
        && Objects.equals(actualDate, other.actualDate)
        && Objects.equals(newPlannedDate, other.newPlannedDate);
  }
}
