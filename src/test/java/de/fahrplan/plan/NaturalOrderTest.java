package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

  @Test
  void measureCodesSortLikePeopleCount() {
    List<String> codes = new ArrayList<>(List.of("M-10", "M-2", "M-1", "A-3", "M-1a", "M-100"));
    codes.sort(Measures::naturalOrder);
    assertThat(codes).containsExactly("A-3", "M-1", "M-1a", "M-2", "M-10", "M-100");
  }
}
