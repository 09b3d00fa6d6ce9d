package de.fahrplan.plan;

import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan page's read model: one version's measures filtered and sorted, as the tree field of
 * action → goal → measure with sub-projects below their parents, and which of them are overdue.
 */
@Service
public class PlanTree {

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

  private final MeasureSearch measures;
  private final Strategies strategies;

  PlanTree(MeasureSearch measures, Strategies strategies) {
    this.measures = measures;
    this.strategies = strategies;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public View of(long versionId, MeasureFilter filter) {
    List<MeasureView> filtered = measures.matching(versionId, filter);
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
        tree, filtered.size(), measures.overdueIds(versionId), measures.tags(versionId));
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
