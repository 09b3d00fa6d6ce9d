package de.fahrplan.reporting.web;

import de.fahrplan.reporting.Dashboard;
import de.fahrplan.reporting.StatusRollUp;
import de.fahrplan.reporting.TrafficLight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Geometry of the dashboard's SVG charts, computed here so the templates only draw: stacked bars of
 * traffic-light shares (one bar per goal, unit or round) and grouped money bars per year.
 * Coordinates are in the SVG's user units, as text with a dot for the decimal point.
 */
final class Charts {

  static final int WIDTH = 760;
  static final int LABEL = 260;
  static final int ROW = 28;
  static final int BAR = 18;

  private Charts() {}

  /** One coloured part of a bar; {@code key} names the CSS class (the light, or a money kind). */
  record Rect(String x, String y, String width, String height, String key) {}

  /** A bar's row: its label (shortened to fit; the data table has the full text) and its parts. */
  record Row(String label, String labelY, List<Rect> rects) {}

  record Chart(int height, List<Row> rows) {}

  private static final List<TrafficLight> ORDER =
      List.of(
          TrafficLight.COMPLETED,
          TrafficLight.ON_TRACK,
          TrafficLight.AT_RISK,
          TrafficLight.CRITICAL);

  /** Stacked shares of the lights per group; unreported measures make the grey rest. */
  static Chart lights(List<Dashboard.Group> groups) {
    List<Row> rows = new ArrayList<>();
    int i = 0;
    for (Dashboard.Group g : groups) {
      StatusRollUp.Status s = g.status();
      rows.add(stacked(g.label(), i++, s.total(), light -> s.count(light), s.unreported()));
    }
    return new Chart(Math.max(ROW, rows.size() * ROW), rows);
  }

  static Chart trend(List<Dashboard.TrendPoint> points) {
    List<Row> rows = new ArrayList<>();
    int i = 0;
    for (Dashboard.TrendPoint p : points) {
      rows.add(stacked(p.period(), i++, p.total(), p::count, p.unreported()));
    }
    return new Chart(Math.max(ROW, rows.size() * ROW), rows);
  }

  private static Row stacked(
      String label, int index, long total, ToLongFunction<TrafficLight> count, long rest) {
    double y = index * ROW + (ROW - BAR) / 2.0;
    List<Rect> rects = new ArrayList<>();
    double x = LABEL;
    double scale = total == 0 ? 0 : (WIDTH - LABEL) / (double) total;
    for (TrafficLight light : ORDER) {
      long n = count.applyAsLong(light);
      if (n > 0) {
        rects.add(new Rect(num(x), num(y), num(n * scale), num(BAR), light.name()));
        x += n * scale;
      }
    }
    if (rest > 0) {
      rects.add(new Rect(num(x), num(y), num(rest * scale), num(BAR), "NONE"));
    }
    return new Row(shorten(label), num(index * ROW + ROW / 2.0 + 5), rects);
  }

  /** Three bars per year: planned, approved, spent – scaled to the largest amount. */
  static Chart money(List<Dashboard.BudgetYear> years) {
    BigDecimal max = BigDecimal.ONE;
    for (Dashboard.BudgetYear y : years) {
      max = max.max(y.planned()).max(y.approved()).max(y.spent());
    }
    double scale = (WIDTH - LABEL) / max.doubleValue();
    List<Row> rows = new ArrayList<>();
    int rowHeight = 3 * 10 + 8;
    int i = 0;
    for (Dashboard.BudgetYear y : years) {
      double top = i * rowHeight + 4;
      List<Rect> rects = new ArrayList<>();
      BigDecimal[] amounts = {y.planned(), y.approved(), y.spent()};
      String[] keys = {"PLANNED", "APPROVED", "SPENT"};
      for (int k = 0; k < 3; k++) {
        rects.add(
            new Rect(
                num(LABEL),
                num(top + k * 10),
                num(Math.max(0.5, amounts[k].doubleValue() * scale)),
                num(8),
                keys[k]));
      }
      rows.add(new Row(String.valueOf(y.year()), num(top + 19), rects));
      i++;
    }
    return new Chart(Math.max(rowHeight, years.size() * rowHeight), rows);
  }

  private static String shorten(String label) {
    return label.length() <= 34 ? label : label.substring(0, 33) + "…";
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
