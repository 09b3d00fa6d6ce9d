package de.fahrplan.plan;

import de.fahrplan.documents.Document;
import de.fahrplan.documents.GermanText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Staff and money of a strategy version grouped by goal, field of action or lead org unit, per
 * budget year, with totals. Every measure counts once (to the goal {@link #goalCarrying} names), so
 * the grand total is exactly the sum over all measures.
 */
public record ResourceTable(
    GroupBy groupBy, List<Integer> years, List<Row> rows, Row total, List<PartnerShare> shares) {

  /**
   * Money of inter-municipal measures that belongs to partners, beside the table and not in its
   * totals: the partners' shares of this municipality's measures, and this municipality's share of
   * measures other municipalities lead (marked as partner share).
   */
  public record PartnerShare(
      Kind kind, String label, Map<Integer, BigDecimal> years, BigDecimal total) {

    /**
     * Which share: pages and files name it in the reader's language ({@code resource.share.*});
     * {@code label} is its German name (the API's, as in the council documents).
     */
    public enum Kind {
      PARTNERS_IN_OURS,
      OURS_IN_OTHERS
    }
  }

  /**
   * The one rule for every per-goal figure of staff and money (table, Excel, API, dashboard,
   * progress report): a measure counts once, at the first of its goals in the order the user gave
   * them. {@code null} when it has none.
   */
  public static Long goalCarrying(List<Long> goalIds) {
    return goalIds.isEmpty() ? null : goalIds.get(0);
  }

  /**
   * Staff or money per group and budget year with the total row, as the strategy document shows it
   * (the council's Beschlussvorlage takes the same table, so both always say the same).
   */
  public Document.Table asDocumentTable(String caption, Function<Cell, String> value) {
    String group =
        switch (groupBy) {
          case GOAL -> "Ziel";
          case FIELD_OF_ACTION -> "Handlungsfeld";
          case ORG_UNIT -> "Organisationseinheit";
          case MEASURE -> "Maßnahme";
        };
    List<String> head = new ArrayList<>(List.of(group));
    years.forEach(year -> head.add(String.valueOf(year)));
    head.add("Summe");
    List<List<String>> cells = new ArrayList<>();
    List<Row> all = new ArrayList<>(rows);
    all.add(total);
    for (Row row : all) {
      List<String> line = new ArrayList<>(List.of(row.label()));
      for (Integer year : years) {
        Cell c = row.years().get(year);
        line.add(c == null ? "–" : value.apply(c));
      }
      line.add(value.apply(row.total()));
      cells.add(line);
    }
    Set<Integer> numeric = new HashSet<>();
    for (int i = 1; i < head.size(); i++) {
      numeric.add(i);
    }
    return new Document.Table(caption, head, cells, numeric);
  }

  /**
   * Whether an amount of money in the table has cents: whole-euro tables then say they round. The
   * rows' cells decide – when they are whole, so are their sums.
   */
  public boolean moneyHasCents() {
    return rows.stream().flatMap(r -> r.years().values().stream()).anyMatch(Cell::hasCents);
  }

  /** How the rows are grouped. */
  public enum GroupBy {
    GOAL,
    FIELD_OF_ACTION,
    ORG_UNIT,
    /** One row per measure: its staff and money per budget year. */
    MEASURE
  }

  /** One group (or the total): a cell per budget year and the sum over all years. */
  public record Row(String label, Map<Integer, Cell> years, Cell total) {}

  /** Sums of one group and year. Money by status sums consumptive + investive. */
  public record Cell(
      BigDecimal fte,
      BigDecimal consumptive,
      BigDecimal investive,
      Map<BudgetStatus, BigDecimal> moneyByStatus,
      BigDecimal spent) {

    public BigDecimal money() {
      return consumptive.add(investive);
    }

    boolean hasCents() {
      return GermanText.hasCents(consumptive)
          || GermanText.hasCents(investive)
          || moneyByStatus.values().stream().anyMatch(GermanText::hasCents);
    }
  }
}
