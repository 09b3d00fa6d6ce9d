package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

  @Test
  void findsTheCycleANewEdgeWouldClose() {
    DependencyGraph g =
        new DependencyGraph(
            List.of(new long[] {1, 2}, new long[] {2, 3}, new long[] {3, 4}, new long[] {1, 5}));
    assertThat(g.cycleIfAdded(4, 1)).containsExactly(1L, 2L, 3L, 4L, 1L);
    assertThat(g.cycleIfAdded(5, 2)).isEmpty();
    assertThat(g.cycleIfAdded(4, 5)).isEmpty();
    assertThat(g.cycleIfAdded(3, 3)).containsExactly(3L, 3L);
  }
}
