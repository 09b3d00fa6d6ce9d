package de.fahrplan.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A text table's columns are sized as browsers size them: by their longest line, else word. */
class ColumnWidthsTest {

  @Test
  void whereEveryLineFitsTheColumnsShareThePageByTheirLongestLines() {
    float[] widths = ColumnWidths.fill(new float[] {100, 300}, new float[] {50, 60}, 800);
    assertThat(widths[0]).isCloseTo(200, within(0.01f));
    assertThat(widths[1]).isCloseTo(600, within(0.01f));
  }

  @Test
  void whereTheLinesDoNotFitEachColumnShrinksTowardsItsLongestWord() {
    // lines need 1,000, words 200; 400 to share: each column gets its word and 1/4 of the rest
    float[] widths = ColumnWidths.fill(new float[] {200, 800}, new float[] {100, 100}, 400);
    assertThat(widths[0]).isCloseTo(100 + 100 * 200f / 800, within(0.01f));
    assertThat(widths[1]).isCloseTo(100 + 700 * 200f / 800, within(0.01f));
    assertThat(widths[0] + widths[1]).isCloseTo(400, within(0.01f));
  }

  @Test
  void whereNotEvenTheWordsFitTheColumnsWhoseWordFitsAShareKeepItAndTheOthersShareTheRest() {
    float[] widths = ColumnWidths.fill(new float[] {50, 900, 900}, new float[] {40, 500, 700}, 600);
    assertThat(widths[0]).isEqualTo(40);
    assertThat(widths[1]).isCloseTo(280, within(0.01f));
    assertThat(widths[2]).isCloseTo(280, within(0.01f));
  }
}
