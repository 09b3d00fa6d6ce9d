package de.fahrplan.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How far a round is, per org unit of the measures: updates done (submitted or accepted), still
 * open, and overdue today – the table on the round page. A rule over data the page has already
 * loaded, so nothing is read twice.
 */
public final class RoundProgress {

  /** One org unit's updates in the round; {@code unit} is its name, "–" for none. */
  public record UnitProgress(String unit, long done, long open, long overdue) {}

  private RoundProgress() {}

  /** By unit name, in alphabetical order (updates without a unit under "–", first). */
  public static List<UnitProgress> byUnit(
      List<StatusUpdateView> updates, Map<Long, String> unitNames, LocalDate today) {
    Map<String, List<StatusUpdateView>> byUnit =
        new TreeMap<>(Comparator.comparing((String name) -> name.equals("–") ? "" : name));
    for (StatusUpdateView u : updates) {
      byUnit
          .computeIfAbsent(
              Objects.requireNonNullElse(unitNames.get(u.orgUnitId()), "–"), k -> new ArrayList<>())
          .add(u);
    }
    return byUnit.entrySet().stream()
        .map(
            e ->
                new UnitProgress(
                    e.getKey(),
                    e.getValue().stream().filter(u -> !u.state().editable()).count(),
                    e.getValue().stream().filter(u -> u.state().editable()).count(),
                    e.getValue().stream().filter(u -> u.overdue(today)).count()))
        .toList();
  }
}
