package de.fahrplan.plan;

import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan page's read model: one version's measures filtered and sorted, as the tree field of
 * action → goal → measure with sub-projects below their parents, and which of them are overdue.
 */
@Service
public class PlanTree {

  /** How the measures of a goal are sorted. */
  public enum SortOrder {
    CODE,
    PRIORITY,
    END,
    TITLE
  }

  /** The plan page's filters; null (or false) means "all". */
  public record Filter(
      String query,
      MeasureStatus status,
      Horizon horizon,
      Long orgUnitId,
      Integer budgetYear,
      boolean overdueOnly,
      PriorityClass priority,
      String tag,
      SortOrder sort) {}

  /** A measure in the tree, {@code depth} levels below a measure of the same goal. */
  public record MeasureNode(MeasureView measure, int depth) {}

  /** One goal in the tree with its (filtered) measures, sub-projects below their parents. */
  public record GoalNode(GoalView goal, List<MeasureNode> measures) {}

  /** One field of action in the tree with its goals; counts are of the filtered measures. */
  public record FieldNode(FieldOfActionView field, List<GoalNode> goals, long count) {}

  /**
   * The tree, the number of measures that passed the filter, which of them are overdue, and every
   * tag of the version (for the tag filter).
   */
  public record View(
      List<FieldNode> fields, int count, Set<Long> overdueIds, SortedSet<String> tags) {}

  private final Measures measures;
  private final Resources resources;
  private final Milestones milestones;
  private final Strategies strategies;
  private final Clock clock;

  PlanTree(
      Measures measures,
      Resources resources,
      Milestones milestones,
      Strategies strategies,
      Clock clock) {
    this.measures = measures;
    this.resources = resources;
    this.milestones = milestones;
    this.strategies = strategies;
    this.clock = clock;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public View of(long versionId, Filter filter) {
    Map<Long, List<MilestoneView>> milestones = this.milestones.ofVersion(versionId);
    Set<Long> withMoneyInYear =
        filter.budgetYear() == null
            ? Set.of()
            : resources.measuresWithResourcesIn(versionId, filter.budgetYear());
    LocalDate today = LocalDate.now(clock);
    String needle =
        filter.query() == null || filter.query().isBlank()
            ? null
            : filter.query().toLowerCase(Locale.ROOT);
    String tag = filter.tag() == null || filter.tag().isBlank() ? null : filter.tag();
    List<MeasureView> all = measures.all(versionId);
    List<MeasureView> filtered =
        all.stream()
            .filter(
                m ->
                    needle == null
                        || (m.code() + " " + m.title()).toLowerCase(Locale.ROOT).contains(needle))
            .filter(m -> filter.status() == null || m.status() == filter.status())
            .filter(m -> filter.horizon() == null || m.horizon() == filter.horizon())
            .filter(m -> filter.orgUnitId() == null || filter.orgUnitId().equals(m.leadOrgUnitId()))
            .filter(m -> filter.budgetYear() == null || withMoneyInYear.contains(m.id()))
            .filter(
                m ->
                    !filter.overdueOnly()
                        || overdue(m, milestones.getOrDefault(m.id(), List.of()), today))
            .filter(m -> filter.priority() == null || m.priority().effective() == filter.priority())
            .filter(m -> tag == null || m.tags().stream().anyMatch(tag::equalsIgnoreCase))
            .sorted(order(filter.sort() == null ? SortOrder.CODE : filter.sort()))
            .toList();
    List<GoalView> goals = strategies.goals(versionId);
    List<FieldNode> tree = new ArrayList<>();
    for (FieldOfActionView field : strategies.fieldsOfAction(versionId)) {
      List<GoalNode> goalNodes =
          goals.stream()
              .filter(g -> g.fieldOfActionIds().contains(field.id()))
              .map(
                  g ->
                      new GoalNode(
                          g,
                          nested(
                              filtered.stream()
                                  .filter(m -> m.goalIds().contains(g.id()))
                                  .toList())))
              .toList();
      tree.add(
          new FieldNode(
              field, goalNodes, goalNodes.stream().mapToLong(n -> n.measures().size()).sum()));
    }
    return new View(
        tree,
        filtered.size(),
        filtered.stream()
            .filter(m -> overdue(m, milestones.getOrDefault(m.id(), List.of()), today))
            .map(MeasureView::id)
            .collect(Collectors.toSet()),
        all.stream()
            .flatMap(m -> m.tags().stream())
            .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))));
  }

  /**
   * Overdue: a milestone is overdue, or the planned end has passed and the measure is still open.
   */
  public static boolean overdue(MeasureView m, List<MilestoneView> milestones, LocalDate today) {
    boolean open = m.status() == MeasureStatus.PLANNED || m.status() == MeasureStatus.IN_PROGRESS;
    return milestones.stream().anyMatch(MilestoneView::overdue)
        || (open && m.plannedEnd() != null && m.plannedEnd().isBefore(today));
  }

  private static Comparator<MeasureView> order(SortOrder sort) {
    Comparator<MeasureView> byCode = (a, b) -> 0; // measures.all is in code order
    return switch (sort) {
      case CODE -> byCode;
      case PRIORITY ->
          Comparator.comparing(
                  (MeasureView m) ->
                      m.priority().effective() == null ? 3 : m.priority().effective().ordinal())
              .thenComparing(m -> m.priority().score() == null ? 0 : -m.priority().score());
      case END ->
          Comparator.comparing(
              MeasureView::plannedEnd, Comparator.nullsLast(Comparator.naturalOrder()));
      case TITLE -> Comparator.comparing(MeasureView::title, String.CASE_INSENSITIVE_ORDER);
    };
  }

  /**
   * Sub-projects right below their parent (depth-first, keeping the order); a sub-project whose
   * parent is not in the list stands on its own.
   */
  static List<MeasureNode> nested(List<MeasureView> measures) {
    Set<Long> present = measures.stream().map(MeasureView::id).collect(Collectors.toSet());
    Map<Long, List<MeasureView>> children =
        measures.stream()
            .filter(m -> m.parentId() != null && present.contains(m.parentId()))
            .collect(Collectors.groupingBy(MeasureView::parentId));
    List<MeasureNode> result = new ArrayList<>();
    Set<Long> placed = new HashSet<>();
    for (MeasureView m : measures) {
      if (m.parentId() == null || !present.contains(m.parentId())) {
        place(m, 0, children, result, placed);
      }
    }
    for (MeasureView m : measures) {
      place(m, 0, children, result, placed); // parents in a cycle cannot happen; kept safe anyway
    }
    return result;
  }

  private static void place(
      MeasureView m,
      int depth,
      Map<Long, List<MeasureView>> children,
      List<MeasureNode> result,
      Set<Long> placed) {
    if (!placed.add(m.id())) {
      return;
    }
    result.add(new MeasureNode(m, depth));
    for (MeasureView child : children.getOrDefault(m.id(), List.of())) {
      place(child, depth + 1, children, result, placed);
    }
  }
}
