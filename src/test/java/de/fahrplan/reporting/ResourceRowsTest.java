package de.fahrplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.documents.GermanText;
import de.fahrplan.reporting.ReportSnapshot.ResourceGoal;
import de.fahrplan.reporting.ReportSnapshot.ResourceYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress report's table of staff and money: a row per goal and year, then the sums. */
class ResourceRowsTest {

  private static ResourceYear year(int year, String planned, String spent, String fte) {
    return new ResourceYear(
        year,
        new BigDecimal(planned),
        new BigDecimal(spent),
        fte == null ? null : new BigDecimal(fte));
  }

  /** Euros as the report writes them (German, with the currency's non-breaking space). */
  private static String eur(String amount) {
    return GermanText.euro(new BigDecimal(amount));
  }

  @Test
  void sumsPerYearFollowTheGoalsThenTheSumOverAllYears() {
    // staff with two decimals as on the pages („1,50“), so the report and the app read alike
    List<List<String>> rows =
        ResourceRows.of(
            List.of(
                new ResourceGoal(
                    "A – Verwaltung digital",
                    List.of(year(2025, "1000", "250", "1.5"), year(2026, "2000", "0", "0.5"))),
                new ResourceGoal("B – Bildung", List.of(year(2025, "3000", "1500", "2")))));

    assertThat(rows)
        .containsExactly(
            List.of("A – Verwaltung digital", "2025", "1,50", eur("1000"), eur("250"), "25 %"),
            List.of("A – Verwaltung digital", "2026", "0,50", eur("2000"), eur("0"), "0 %"),
            List.of("B – Bildung", "2025", "2,00", eur("3000"), eur("1500"), "50 %"),
            List.of("Summe", "2025", "3,50", eur("4000"), eur("1750"), "44 %"),
            List.of("Summe", "2026", "0,50", eur("2000"), eur("0"), "0 %"),
            List.of("Summe", "alle Jahre", "4,00", eur("6000"), eur("1750"), "29 %"));
  }

  @Test
  void theStaffSumsStayEmptyWhereAFigureIsUnknownAndNothingPlannedHasNoOutflow() {
    List<List<String>> rows =
        ResourceRows.of(
            List.of(
                new ResourceGoal("A", List.of(year(2025, "0", "100", null))),
                new ResourceGoal("B", List.of(year(2025, "0", "0", "1")))));

    assertThat(rows.get(0)).containsExactly("A", "2025", "–", eur("0"), eur("100"), "–");
    assertThat(rows.get(2)).containsExactly("Summe", "2025", "–", eur("0"), eur("100"), "–");
    assertThat(rows.get(3)).containsExactly("Summe", "alle Jahre", "–", eur("0"), eur("100"), "–");
  }

  @Test
  void noGoalsNoRows() {
    assertThat(ResourceRows.of(List.of())).isEmpty();
  }
}
