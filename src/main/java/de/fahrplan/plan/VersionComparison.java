package de.fahrplan.plan;

import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed between two versions of a strategy (e.g. the version in force and its
 * Fortschreibung): Zielbild, fields of action, goals and measures added, removed or changed, field
 * by field. Objects are matched by their code.
 */
@Service
public class VersionComparison {

  /** One field's old and new value (as text). */
  public record FieldChange(String field, String oldValue, String newValue) {}

  /** One object that was added, removed or changed. */
  public record Change(
      String kind, String code, String label, String change, List<FieldChange> fields) {}

  /** The comparison of two versions. */
  public record Result(
      VersionView from, VersionView to, boolean visionChanged, List<Change> changes) {}

  private final Strategies strategies;
  private final MeasureList measureList;

  VersionComparison(Strategies strategies, MeasureList measureList) {
    this.strategies = strategies;
    this.measureList = measureList;
  }

  @MemberOnly
  @Transactional(readOnly = true)
  public Result compare(long fromVersionId, long toVersionId) {
    VersionView from = strategies.version(fromVersionId);
    VersionView to = strategies.version(toVersionId);
    List<Change> changes = new ArrayList<>();
    Map<Long, String> fromFieldCodes =
        strategies.fieldsOfAction(fromVersionId).stream()
            .collect(Collectors.toMap(FieldOfActionView::id, FieldOfActionView::code));
    Map<Long, String> toFieldCodes =
        strategies.fieldsOfAction(toVersionId).stream()
            .collect(Collectors.toMap(FieldOfActionView::id, FieldOfActionView::code));
    compare(
        "Handlungsfeld",
        byCode(
            strategies.fieldsOfAction(fromVersionId),
            FieldOfActionView::code,
            f -> row(f.title(), f.description(), String.valueOf(f.position()))),
        byCode(
            strategies.fieldsOfAction(toVersionId),
            FieldOfActionView::code,
            f -> row(f.title(), f.description(), String.valueOf(f.position()))),
        List.of("Bezeichnung", "Beschreibung", "Reihenfolge"),
        changes);
    compare(
        "Ziel",
        byCode(
            strategies.goals(fromVersionId),
            GoalView::code,
            g -> row(g.title(), g.description(), codes(g.fieldOfActionIds(), fromFieldCodes))),
        byCode(
            strategies.goals(toVersionId),
            GoalView::code,
            g -> row(g.title(), g.description(), codes(g.fieldOfActionIds(), toFieldCodes))),
        List.of("Ziel", "Beschreibung", "Handlungsfelder"),
        changes);
    compare(
        "Maßnahme",
        measures(fromVersionId),
        measures(toVersionId),
        MeasureList.COLUMNS.subList(1, MeasureList.COLUMNS.size()),
        changes);
    return new Result(from, to, !Objects.equals(from.vision(), to.vision()), changes);
  }

  private Map<String, List<String>> measures(long versionId) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (List<String> row : measureList.rows(versionId)) {
      rows.put(row.get(0), row.subList(1, row.size()));
    }
    return rows;
  }

  private static <T> Map<String, List<String>> byCode(
      List<T> items, Function<T, String> code, Function<T, List<String>> values) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    items.forEach(i -> map.put(code.apply(i), values.apply(i)));
    return map;
  }

  private static List<String> row(String... values) {
    List<String> list = new ArrayList<>();
    for (String v : values) {
      list.add(v == null ? "" : v);
    }
    return list;
  }

  private static String codes(List<Long> ids, Map<Long, String> codes) {
    return ids.stream()
        .map(codes::get)
        .filter(Objects::nonNull)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static void compare(
      String kind,
      Map<String, List<String>> before,
      Map<String, List<String>> after,
      List<String> fieldNames,
      List<Change> out) {
    TreeSet<String> codes = new TreeSet<>((a, b) -> Measures.naturalOrder(a, b));
    codes.addAll(before.keySet());
    codes.addAll(after.keySet());
    for (String code : codes) {
      List<String> old = before.get(code);
      List<String> now = after.get(code);
      if (old == null) {
        out.add(new Change(kind, code, code + " – " + now.get(0), "ADDED", List.of()));
      } else if (now == null) {
        out.add(new Change(kind, code, code + " – " + old.get(0), "REMOVED", List.of()));
      } else {
        List<FieldChange> fields = new ArrayList<>();
        for (int i = 0; i < fieldNames.size(); i++) {
          if (!Objects.equals(old.get(i), now.get(i))) {
            fields.add(new FieldChange(fieldNames.get(i), old.get(i), now.get(i)));
          }
        }
        if (!fields.isEmpty()) {
          out.add(new Change(kind, code, code + " – " + now.get(0), "CHANGED", fields));
        }
      }
    }
  }
}
