package de.fahrplan.plan;

import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap (Gantt) of a strategy version as server-side SVG: measures grouped by goal or field
 * of action, planned and actual bars, milestones, dependency arrows and today's line. The SVG
 * carries a title and a description, and every bar its own title, so the same chart serves page,
 * print and screen readers (the plan tree is the table alternative).
 */
@Service
public class Roadmap {

  /** Time resolution of the chart. */
  public enum Zoom {
    YEAR(6),
    QUARTER(16),
    MONTH(40);

    final int pixelsPerMonth;

    Zoom(int pixelsPerMonth) {
      this.pixelsPerMonth = pixelsPerMonth;
    }
  }

  /** Grouping of the rows. */
  public enum Grouping {
    GOAL,
    FIELD_OF_ACTION
  }

  static final int LABEL_WIDTH = 340;
  static final int ROW = 26;
  static final int HEADER = 46;
  static final String PLANNED = "#5b7db8";
  static final String ACTUAL = "#14305c";
  static final String ALERT = "#a3001b";
  static final String GRID = "#c5cad3";
  static final String TEXT = "#1b1b1b";

  private final Measures measures;
  private final Dependencies dependencies;
  private final Milestones milestones;
  private final Strategies strategies;
  private final MessageSource messages;
  private final java.time.Clock clock;

  Roadmap(
      Measures measures,
      Dependencies dependencies,
      Milestones milestones,
      Strategies strategies,
      MessageSource messages,
      java.time.Clock clock) {
    this.messages = messages;
    this.clock = clock;
    this.measures = measures;
    this.dependencies = dependencies;
    this.milestones = milestones;
    this.strategies = strategies;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public String svg(long versionId, Grouping grouping, Zoom zoom) {
    VersionView version = strategies.version(versionId);
    List<MeasureView> all = measures.all(versionId);
    Map<Long, List<MilestoneView>> milestones = this.milestones.ofVersion(versionId);
    List<DependencyView> dependencies = this.dependencies.ofVersion(versionId);
    ChartText words = ChartText.reader(messages);
    List<Group> groups = groups(versionId, grouping, all, words);
    LocalDate today = LocalDate.now(clock);
    return new RoadmapDrawing(version, groups, milestones, dependencies, zoom, today, words)
        .render();
  }

  /** A heading row with its measures. */
  record Group(String label, List<MeasureView> measures) {}

  /** The rows of the chart: groups with their measures, empty groups left out. */
  List<Group> groups(long versionId, Grouping grouping, List<MeasureView> all, ChartText words) {
    List<GoalView> goals = strategies.goals(versionId);
    Map<Long, GoalView> goalById = goals.stream().collect(Collectors.toMap(GoalView::id, g -> g));
    List<Group> groups = new ArrayList<>();
    if (grouping == Grouping.GOAL) {
      for (GoalView g : goals) {
        groups.add(
            new Group(
                words.get("chart.roadmap.goal", g.label()),
                all.stream().filter(m -> primary(m, goalById) == g).toList()));
      }
    } else {
      for (FieldOfActionView f : strategies.fieldsOfAction(versionId)) {
        groups.add(
            new Group(
                f.label(),
                all.stream()
                    .filter(
                        m -> {
                          GoalView g = primary(m, goalById);
                          return g != null
                              && g.fieldOfActionIds().stream()
                                  .sorted()
                                  .findFirst()
                                  .map(f.id()::equals)
                                  .orElse(false);
                        })
                    .toList()));
      }
    }
    return groups.stream().filter(g -> !g.measures().isEmpty()).toList();
  }

  private static GoalView primary(MeasureView m, Map<Long, GoalView> goals) {
    return m.goalIds().stream()
        .map(goals::get)
        .filter(g -> g != null)
        .min(Comparator.comparing(GoalView::code))
        .orElse(null);
  }

  /** Where a milestone stands on the timeline: the day it was reached, else the day expected. */
  static LocalDate markDate(MilestoneView ms) {
    return ms.done() && ms.actualDate() != null ? ms.actualDate() : ms.dueDate();
  }

  /** " (erreicht 28.09.2026)", " (verschoben auf 31.12.2026, überfällig)" – after the plan date. */
  static String milestoneState(MilestoneView ms, ChartText words) {
    List<String> parts = new ArrayList<>();
    if (ms.done()) {
      parts.add(
          ms.actualDate() == null
              ? words.get("chart.roadmap.reached")
              : words.get("chart.roadmap.reachedOn", words.date(ms.actualDate())));
    } else if (ms.forecastDate() != null) {
      parts.add(words.get("chart.roadmap.movedTo", words.date(ms.forecastDate())));
    }
    if (ms.overdue()) {
      parts.add(words.get("chart.roadmap.overdue"));
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }
}
