package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The code offered for a new measure continues the version's numbering. */
class MeasureCodesTest {

  @Test
  void theNextCodeContinuesTheMostUsedSchemeNumerically() {
    assertThat(MeasureCodes.next(List.of("M-1", "M-2", "M-10", "M-3.1", "X-50"))).isEqualTo("M-11");
    assertThat(MeasureCodes.next(List.of("1", "2", "2.1", "3"))).isEqualTo("4");
    assertThat(MeasureCodes.next(List.of())).isEqualTo("M-1");
  }

  @Test
  void aSubProjectIsNumberedUnderItsParent() {
    assertThat(MeasureCodes.nextUnder("M-3", List.of("M-3", "M-3.1", "M-3.10", "M-30")))
        .isEqualTo("M-3.11");
    assertThat(MeasureCodes.nextUnder("M-4", List.of("M-3.1"))).isEqualTo("M-4.1");
  }
}
