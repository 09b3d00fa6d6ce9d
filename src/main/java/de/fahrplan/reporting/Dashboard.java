package de.fahrplan.reporting;

import de.fahrplan.strategy.IndicatorView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The portfolio of one strategy version as of one reporting round: health by goal, field of action
 * and org unit, the trend over the last rounds, overdue milestones, budget planned / approved /
 * spent per year, open decisions and the indicators against their targets.
 */
public record Dashboard(
    RoundView round,
    List<RoundView> rounds,
    ScheduleView settings,
    StatusRollUp.Status overall,
    List<Group> byGoal,
    List<Group> byFieldOfAction,
    List<Group> byOrgUnit,
    List<TrendPoint> trend,
    List<OverdueMilestone> overdueMilestones,
    List<BudgetYear> budget,
    List<Decision> decisions,
    List<IndicatorView> indicators) {

  /** A goal, field of action or org unit with its rolled-up status. */
  public record Group(Long id, String label, StatusRollUp.Status status) {}

  /** The reported lights of one round. */
  public record TrendPoint(
      Long roundId, String period, Map<TrafficLight, Long> counts, long total) {

    public long count(TrafficLight light) {
      return counts.getOrDefault(light, 0L);
    }

    public long unreported() {
      return total - counts.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** An open milestone whose (possibly moved) date has passed on the round's reference day. */
  public record OverdueMilestone(
      Long measureId,
      String measureLabel,
      Long updateId,
      String title,
      LocalDate plannedDate,
      LocalDate dueDate,
      String reason,
      long daysOverdue) {}

  /** Money of one budget year: planned (all), approved (budget status approved), spent to date. */
  public record BudgetYear(int year, BigDecimal planned, BigDecimal approved, BigDecimal spent) {}

  /** A decision the leadership or council is asked for. */
  public record Decision(Long updateId, String measureLabel, String text) {}
}
