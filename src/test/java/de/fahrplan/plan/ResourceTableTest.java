package de.fahrplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.documents.Document;
import de.fahrplan.documents.GermanText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resource table as the strategy document and the Beschlussvorlage print it. */
class ResourceTableTest {

  private static ResourceTable.Cell euros(long amount) {
    return new ResourceTable.Cell(
        BigDecimal.ONE, BigDecimal.valueOf(amount), BigDecimal.ZERO, Map.of(), BigDecimal.ZERO);
  }

  private static ResourceTable table(ResourceTable.GroupBy groupBy) {
    var row =
        new ResourceTable.Row("Verwaltung digital", Map.of(2027, euros(100_000)), euros(100_000));
    var total =
        new ResourceTable.Row(
            "Summe", Map.of(2026, euros(5_000), 2027, euros(100_000)), euros(105_000));
    return new ResourceTable(groupBy, List.of(2026, 2027), List.of(row), total, List.of());
  }

  @Test
  void aRowPerGroupAndTheTotalRowWithAColumnPerYearAndTheSum() {
    Document.Table t =
        table(ResourceTable.GroupBy.GOAL)
            .asDocumentTable("Mittel je Ziel", c -> c.money().toPlainString());
    assertThat(t.caption()).isEqualTo("Mittel je Ziel");
    assertThat(t.head()).containsExactly("Ziel", "2026", "2027", "Summe");
    assertThat(t.rows())
        .containsExactly(
            List.of("Verwaltung digital", "–", "100000", "100000"),
            List.of("Summe", "5000", "100000", "105000"));
    assertThat(t.isNumeric(0)).isFalse();
    assertThat(t.isNumeric(1)).isTrue();
    assertThat(t.isNumeric(3)).isTrue();
  }

  @Test
  void theFirstColumnIsNamedAfterTheGrouping() {
    assertThat(
            List.of(ResourceTable.GroupBy.values()).stream()
                .map(g -> table(g).asDocumentTable("", c -> "").head().get(0)))
        .containsExactly("Ziel", "Handlungsfeld", "Organisationseinheit", "Maßnahme");
  }

  @Test
  void aWholeEuroTableSaysItRoundsOnlyWhenAnAmountHasCents() {
    ResourceTable whole = table(ResourceTable.GroupBy.GOAL);
    assertThat(whole.moneyHasCents()).isFalse();
    assertThat(GermanText.wholeEuroCaption("Mittel", whole.moneyHasCents())).isEqualTo("Mittel");
    // 0,50 € consumptive and 0,50 € investive: whole in sum, rounded in the plans' rows
    var halves =
        new ResourceTable.Cell(
            BigDecimal.ONE,
            new BigDecimal("0.50"),
            new BigDecimal("0.50"),
            Map.of(),
            BigDecimal.ZERO);
    var cents =
        new ResourceTable(
            ResourceTable.GroupBy.GOAL,
            List.of(2027),
            List.of(new ResourceTable.Row("Ziel", Map.of(2027, halves), halves)),
            new ResourceTable.Row("Summe", Map.of(2027, halves), halves),
            List.of());
    assertThat(cents.moneyHasCents()).isTrue();
    assertThat(GermanText.wholeEuroCaption("Mittel", cents.moneyHasCents()))
        .isEqualTo("Mittel (auf volle Euro gerundet, Rundungsdifferenzen möglich)");
    // trailing zeros are no cents
    assertThat(GermanText.hasCents(new BigDecimal("1200.00"))).isFalse();
    assertThat(GermanText.hasCents(new BigDecimal("1200.01"))).isTrue();
  }
}
