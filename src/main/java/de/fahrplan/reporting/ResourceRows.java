package de.fahrplan.reporting;

import static de.fahrplan.documents.GermanText.euro;
import static de.fahrplan.documents.GermanText.staff;

import de.fahrplan.reporting.ReportSnapshot.ResourceGoal;
import de.fahrplan.reporting.ReportSnapshot.ResourceYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of the progress report's table „Personal und Finanzmittel je Ziel und Haushaltsjahr“:
 * one per goal and year as the snapshot has them, then the sums per year and over all years, as the
 * council reads the table. The FTE sums stay empty where a row has no FTE figure.
 */
final class ResourceRows {

  /** Planned FTE, planned and spent money: the three sums of one year or of all years. */
  private static final class Sum {
    BigDecimal fte = BigDecimal.ZERO;
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal spent = BigDecimal.ZERO;

    void add(ResourceYear y) {
      fte = fte.add(y.fte() == null ? BigDecimal.ZERO : y.fte());
      planned = planned.add(y.planned());
      spent = spent.add(y.spent());
    }
  }

  private ResourceRows() {}

  static List<List<String>> of(List<ResourceGoal> goals) {
    List<List<String>> rows = new ArrayList<>();
    Map<Integer, Sum> perYear = new TreeMap<>();
    Sum all = new Sum();
    boolean fteKnown = true;
    for (ResourceGoal g : goals) {
      for (ResourceYear y : g.years()) {
        rows.add(row(g.goal(), String.valueOf(y.year()), y.fte(), y.planned(), y.spent()));
        fteKnown &= y.fte() != null;
        perYear.computeIfAbsent(y.year(), k -> new Sum()).add(y);
        all.add(y);
      }
    }
    for (var e : perYear.entrySet()) {
      rows.add(row("Summe", String.valueOf(e.getKey()), e.getValue(), fteKnown));
    }
    if (!perYear.isEmpty()) {
      rows.add(row("Summe", "alle Jahre", all, fteKnown));
    }
    return rows;
  }

  private static List<String> row(String goal, String year, Sum sum, boolean fteKnown) {
    return row(goal, year, fteKnown ? sum.fte : null, sum.planned, sum.spent);
  }

  private static List<String> row(
      String goal, String year, BigDecimal fte, BigDecimal planned, BigDecimal spent) {
    return List.of(
        goal,
        year,
        staff(fte),
        euro(planned),
        euro(spent),
        planned.signum() == 0
            ? "–"
            : spent.multiply(BigDecimal.valueOf(100)).divide(planned, 0, RoundingMode.HALF_UP)
                + " %");
  }
}
