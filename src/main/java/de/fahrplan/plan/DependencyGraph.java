package de.fahrplan.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finish-to-start edges predecessor → successor; finds the cycle a new edge would close. */
public final class DependencyGraph {

  private final Map<Long, List<Long>> successors = new HashMap<>();

  public DependencyGraph(List<long[]> edges) {
    for (long[] e : edges) {
      successors.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
    }
  }

  /**
   * The path successor → … → predecessor that already exists, i.e. the cycle the edge predecessor →
   * successor would close; empty if the edge is safe.
   */
  public List<Long> cycleIfAdded(long predecessor, long successor) {
    if (predecessor == successor) {
      return List.of(predecessor, successor);
    }
    Map<Long, Long> cameFrom = new HashMap<>();
    Set<Long> seen = new HashSet<>();
    Deque<Long> queue = new ArrayDeque<>(List.of(successor));
    seen.add(successor);
    while (!queue.isEmpty()) {
      long node = queue.poll();
      if (node == predecessor) {
        List<Long> path = new ArrayList<>();
        for (Long n = node; n != null; n = cameFrom.get(n)) {
          path.add(0, n);
        }
        path.add(successor);
        return path;
      }
      for (long next : successors.getOrDefault(node, List.of())) {
        if (seen.add(next)) {
          cameFrom.put(next, node);
          queue.add(next);
        }
      }
    }
    return List.of();
  }
}
