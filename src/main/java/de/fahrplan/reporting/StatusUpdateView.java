package de.fahrplan.reporting;

import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.web.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The status update of one measure in one round, with its milestone and spending reports and the
 * previous period's values ({@code previous}, null in a measure's first round) to show what
 * changed.
 */
public record StatusUpdateView(
    Long id,
    Long roundId,
    String period,
    LocalDate dueDate,
    Long measureId,
    String measureLabel,
    Long assigneePersonId,
    Long reassignedFromPersonId,
    Long orgUnitId,
    UpdateState state,
    TrafficLight trafficLight,
    String explanation,
    Integer progress,
    boolean progressDerived,
    String achieved,
    String nextSteps,
    String risks,
    String decisionsNeeded,
    List<MilestoneLine> milestones,
    List<SpendingLine> spending,
    String returnComment,
    Instant submittedAt,
    boolean locked,
    Previous previous,
    long version)
    implements Versioned {

  /** A milestone as reported: reached on {@code actualDate}, or moved to {@code newPlannedDate}. */
  public record MilestoneLine(
      Long milestoneId,
      String title,
      LocalDate plannedDate,
      boolean done,
      LocalDate actualDate,
      LocalDate newPlannedDate,
      String reason) {

    /** The date the milestone is now expected on. */
    public LocalDate dueDate() {
      return newPlannedDate != null ? newPlannedDate : plannedDate;
    }

    public boolean overdue(LocalDate today) {
      return !done && dueDate().isBefore(today);
    }
  }

  /**
   * Spent to date and FTE used in one budget year; {@code planned}: the measure plans that year.
   */
  public record SpendingLine(
      int budgetYear, BigDecimal spent, BigDecimal fteUsed, boolean planned) {

    /** Money or staff used in a year the measure has no plan for: allowed, but flagged. */
    public boolean unplanned() {
      return !planned && (positive(spent) || positive(fteUsed));
    }

    private static boolean positive(BigDecimal b) {
      return b != null && b.signum() > 0;
    }
  }

  /** The same measure's update of the round before. */
  public record Previous(
      Long id,
      String period,
      TrafficLight trafficLight,
      Integer progress,
      String achieved,
      String nextSteps,
      String risks,
      String decisionsNeeded,
      List<MilestoneLine> milestones) {}

  /** Still to do by the owner and past the due date. */
  public boolean overdue(LocalDate today) {
    return state.editable() && !locked && today.isAfter(dueDate);
  }

  /** Fields that differ from the previous period ("trafficLight", "progress", …, "milestones"). */
  public List<String> changes() {
    List<String> changed = new ArrayList<>();
    if (previous == null) {
      return changed;
    }
    if (trafficLight != previous.trafficLight()) {
      changed.add("trafficLight");
    }
    if (!Objects.equals(progress, previous.progress())) {
      changed.add("progress");
    }
    // achieved is new every period: a draft without it has not changed anything yet
    if (achieved != null && !achieved.equals(previous.achieved())) {
      changed.add("achieved");
    }
    if (!Objects.equals(nextSteps, previous.nextSteps())) {
      changed.add("nextSteps");
    }
    if (!Objects.equals(risks, previous.risks())) {
      changed.add("risks");
    }
    if (!Objects.equals(decisionsNeeded, previous.decisionsNeeded())) {
      changed.add("decisionsNeeded");
    }
    if (!milestones.equals(previous.milestones())) {
      changed.add("milestones");
    }
    return changed;
  }

  public boolean changed(String field) {
    return changes().contains(field);
  }

  /** Whether money or staff was reported for {@code year} although the measure plans nothing. */
  public boolean unplannedIn(int year) {
    return spending.stream().anyMatch(s -> s.budgetYear() == year && s.unplanned());
  }

  public boolean hasUnplannedSpending() {
    return spending.stream().anyMatch(SpendingLine::unplanned);
  }

  /** Fills {@code in} (an input or a form extending it) with what was reported. */
  public <T extends StatusUpdateInput> T into(T in) {
    Inputs.fill(this, in, "milestones", "spending");
    in.milestones = new ArrayList<>();
    for (MilestoneLine m : milestones) {
      MilestoneReportInput line = Inputs.fill(m, new MilestoneReportInput());
      in.milestones.add(line);
    }
    in.spending = new ArrayList<>();
    for (SpendingLine s : spending) {
      SpendingInput line = Inputs.fill(s, new SpendingInput());
      in.spending.add(line);
    }
    return in;
  }
}
