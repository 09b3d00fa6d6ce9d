package de.fahrplan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the progress report of one round shows, frozen when the round closes: later edits (a
 * reopened update, a changed plan, a new logo) never change it. Stored as JSON; the PDF, ODT and
 * DOCX files are rendered from it.
 */
public record ReportSnapshot(
    String municipality,
    String logoType,
    byte[] logo,
    String strategy,
    String period,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate createdOn,
    String previousPeriod,
    String intro,
    Set<ReportSection> sections,
    Summary summary,
    List<GoalPart> goals,
    List<MeasurePart> measures,
    List<ResourceGoal> resources,
    List<OverdueLine> overdue,
    List<MandateLine> mandates,
    String rule) {

  public boolean shows(ReportSection section) {
    return sections.contains(section);
  }

  /** The mandates; none in reports frozen before the section existed. */
  @Override
  public List<MandateLine> mandates() {
    return mandates == null ? List.of() : mandates;
  }

  /** Counts per light, what changed since the last report, completed measures and new risks. */
  public record Summary(
      Map<TrafficLight, Integer> counts,
      int measures,
      int unreported,
      Integer progress,
      List<String> changes,
      List<String> completed,
      List<String> newRisks,
      List<Dashboard.TrendPoint> trend) {

    public int count(TrafficLight light) {
      return counts.getOrDefault(light, 0);
    }
  }

  public record GoalPart(
      String label,
      TrafficLight light,
      Integer progress,
      Map<TrafficLight, Integer> counts,
      int unreported,
      List<IndicatorLine> indicators,
      List<String> measures) {

    public int count(TrafficLight light) {
      return counts.getOrDefault(light, 0);
    }
  }

  public record IndicatorLine(
      String name,
      String unit,
      BigDecimal latest,
      LocalDate latestDate,
      BigDecimal expected,
      BigDecimal target,
      LocalDate targetDate,
      String state) {}

  /** One measure's section; {@code state} is the update's workflow state. */
  public record MeasurePart(
      String code,
      String title,
      String goals,
      String owner,
      String orgUnit,
      TrafficLight light,
      UpdateState state,
      Integer progress,
      String explanation,
      String achieved,
      String nextSteps,
      String risks,
      String decisionsNeeded,
      List<String> milestones,
      List<MoneyLine> money,
      boolean unplanned) {}

  /** Planned and spent money, FTE used, of one measure in one budget year. */
  public record MoneyLine(
      int year, BigDecimal planned, BigDecimal spent, BigDecimal fteUsed, boolean unplanned) {}

  /** Money planned and spent per budget year for the measures of one goal. */
  public record ResourceGoal(String goal, List<ResourceYear> years) {}

  /**
   * Money planned and spent, FTE planned ({@code null} in reports frozen before FTE were shown).
   */
  public record ResourceYear(int year, BigDecimal planned, BigDecimal spent, BigDecimal fte) {}

  /**
   * A mandate (Auftrag) as it stood when the report was frozen: {@code state} its German state
   * ("überfällig"), {@code fulfilledOn} when it was fulfilled, if it was.
   */
  public record MandateLine(
      String description,
      String paper,
      String addressee,
      String committee,
      LocalDate dueDate,
      String state,
      LocalDate fulfilledOn) {}

  public record OverdueLine(
      String measure, String milestone, LocalDate plannedDate, LocalDate dueDate, String reason) {}
}
