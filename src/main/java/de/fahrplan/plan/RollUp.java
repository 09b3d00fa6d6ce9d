package de.fahrplan.plan;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A measure together with its sub-projects (any depth): the number of sub-projects, milestones
 * reached of all, and per budget year the sums of staff (FTE), money (consumptive, investive) and
 * spending. Progress is the share of milestones reached until status reports bring their own.
 */
public record RollUp(
    int subProjects, int milestonesDone, int milestonesTotal, Map<Integer, Year> years) {

  /** Sums of one budget year. */
  public record Year(
      BigDecimal fte, BigDecimal consumptive, BigDecimal investive, BigDecimal spent) {

    static final Year ZERO =
        new Year(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    Year plus(ResourceView r) {
      return new Year(
          fte.add(r.fteTotal()),
          consumptive.add(r.consumptive()),
          investive.add(r.investive()),
          r.spent() == null ? spent : spent.add(r.spent()));
    }
  }

  /** Percent of milestones reached, or null without milestones. */
  public Integer progress() {
    return milestonesTotal == 0 ? null : Math.round(100f * milestonesDone / milestonesTotal);
  }

  public Year total() {
    Year sum = Year.ZERO;
    for (Year y : years.values()) {
      sum =
          new Year(
              sum.fte().add(y.fte()),
              sum.consumptive().add(y.consumptive()),
              sum.investive().add(y.investive()),
              sum.spent().add(y.spent()));
    }
    return sum;
  }

  static RollUp of(int subProjects, List<MilestoneView> milestones, List<ResourceView> resources) {
    Map<Integer, Year> years = new TreeMap<>();
    for (ResourceView r : resources) {
      years.merge(r.budgetYear(), Year.ZERO.plus(r), (a, b) -> a.plus(r));
    }
    int done = (int) milestones.stream().filter(MilestoneView::done).count();
    return new RollUp(subProjects, done, milestones.size(), years);
  }

  /** The root and every measure below it; {@code parents} maps measure → parent (or -1). */
  static Set<Long> subtree(long root, Map<Long, Long> parents) {
    Map<Long, List<Long>> children = new java.util.HashMap<>();
    parents.forEach(
        (child, parent) ->
            children.computeIfAbsent(parent, p -> new java.util.ArrayList<>()).add(child));
    Set<Long> result = new LinkedHashSet<>();
    Deque<Long> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Long next = todo.pop();
      if (result.add(next)) {
        children.getOrDefault(next, List.of()).forEach(todo::push);
      }
    }
    return result;
  }
}
