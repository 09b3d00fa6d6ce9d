package de.fahrplan.plan;

import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.Formats;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.IndicatorView;
import de.fahrplan.strategy.Indicators;
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
 * Fortschreibung): Zielbild, fields of action, goals with their indicators, and measures added,
 * removed or changed, field by field – with their staff and money per budget year, milestones,
 * participants and partners, and predecessors. Objects are matched by their code.
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
  private final Measures measures;
  private final Dependencies dependencies;
  private final Milestones milestones;
  private final ResourcePlan resources;
  private final Participants participants;
  private final Indicators indicators;

  VersionComparison(
      Strategies strategies,
      MeasureList measureList,
      Measures measures,
      Dependencies dependencies,
      Milestones milestones,
      ResourcePlan resources,
      Participants participants,
      Indicators indicators) {
    this.strategies = strategies;
    this.measureList = measureList;
    this.measures = measures;
    this.dependencies = dependencies;
    this.milestones = milestones;
    this.resources = resources;
    this.participants = participants;
    this.indicators = indicators;
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
        "Indikator",
        indicators(fromVersionId),
        indicators(toVersionId),
        List.of("Ziel", "Einheit", "Ausgangswert", "Zielwert", "Zieldatum"),
        changes);
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
    List<YearBudget> fromBudgets = resources.budgets(fromVersionId);
    List<YearBudget> toBudgets = resources.budgets(toVersionId);
    fromBudgets.forEach(b -> years.add(b.budgetYear()));
    toBudgets.forEach(b -> years.add(b.budgetYear()));
    List<String> columns =
        new ArrayList<>(MeasureList.COLUMNS.subList(1, MeasureList.COLUMNS.size()));
    years.forEach(y -> columns.add("Mittel " + y));
    years.forEach(y -> columns.add("VZÄ " + y));
    columns.addAll(
        List.of("Meilensteine", "Beteiligte und Partner", "Voraussetzungen", "Überplanmäßig"));
    compare(
        "Maßnahme",
        measures(fromVersionId, fromBudgets, years),
        measures(toVersionId, toBudgets, years),
        columns,
        changes);
    return new Result(from, to, !Objects.equals(from.vision(), to.vision()), changes);
  }

  /**
   * A measure as the list's columns, then money and FTE per year, milestones, parts, predecessors.
   */
  private Map<String, List<String>> measures(
      long versionId, List<YearBudget> budgets, java.util.SortedSet<Integer> years) {
    Map<String, Long> idOf = new java.util.HashMap<>();
    Map<Long, String> codeOf = new java.util.HashMap<>();
    java.util.Set<Long> unplanned = new java.util.HashSet<>();
    for (MeasureView m : measures.all(versionId)) {
      idOf.put(m.code(), m.id());
      codeOf.put(m.id(), m.code());
      if (m.unplanned()) {
        unplanned.add(m.id());
      }
    }
    Map<Long, Map<Integer, YearBudget>> budgetOf = new java.util.HashMap<>();
    budgets.forEach(
        b ->
            budgetOf
                .computeIfAbsent(b.measureId(), k -> new java.util.HashMap<>())
                .put(b.budgetYear(), b));
    Map<Long, List<MilestoneView>> milestones = this.milestones.ofVersion(versionId);
    Map<Long, List<String>> parts = participants.describedOfVersion(codeOf.keySet());
    Map<Long, List<String>> predecessors = new java.util.HashMap<>();
    for (DependencyView d : this.dependencies.ofVersion(versionId)) {
      predecessors
          .computeIfAbsent(d.successorId(), k -> new ArrayList<>())
          .add(codeOf.get(d.predecessorId()));
    }
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (List<String> listRow : measureList.rows(versionId)) {
      Long id = idOf.get(listRow.get(0));
      List<String> row = new ArrayList<>(listRow.subList(1, listRow.size()));
      Map<Integer, YearBudget> mine = budgetOf.getOrDefault(id, Map.of());
      years.forEach(y -> row.add(mine.containsKey(y) ? euro(mine.get(y).money()) : ""));
      years.forEach(y -> row.add(mine.containsKey(y) ? twoDecimals(mine.get(y).fte()) : ""));
      row.add(
          milestones.getOrDefault(id, List.of()).stream()
              .map(
                  ms ->
                      ms.title()
                          + " ("
                          + de.fahrplan.shared.web.Formats.GERMAN_DATE.format(ms.plannedDate())
                          + ")")
              .collect(Collectors.joining("; ")));
      row.add(String.join("; ", parts.getOrDefault(id, List.of())));
      row.add(
          predecessors.getOrDefault(id, List.of()).stream()
              .sorted(Measures::naturalOrder)
              .collect(Collectors.joining(", ")));
      row.add(unplanned.contains(id) ? "ja" : "nein");
      rows.put(listRow.get(0), row);
    }
    return rows;
  }

  private static String euro(java.math.BigDecimal amount) {
    return twoDecimals(amount) + " €";
  }

  private static String twoDecimals(java.math.BigDecimal value) {
    return Formats.numberFormat(java.util.Locale.GERMANY, 2, 2).format(value);
  }

  /** Indicators by goal code and name. */
  private Map<String, List<String>> indicators(long versionId) {
    Map<Long, String> goalCodes =
        strategies.goals(versionId).stream()
            .collect(Collectors.toMap(GoalView::id, GoalView::code));
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (IndicatorView i : indicators.ofVersion(versionId)) {
      rows.put(
          goalCodes.get(i.goalId()) + ": " + i.name(),
          row(
              goalCodes.get(i.goalId()),
              i.unit(),
              Objects.toString(i.baselineValue(), ""),
              Objects.toString(i.targetValue(), ""),
              i.targetDate() == null
                  ? ""
                  : de.fahrplan.shared.web.Formats.GERMAN_DATE.format(i.targetDate())));
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
      // indicators are named by their key ("A: Anteil …"), the rest by code and title
      String label =
          code + (kind.equals("Indikator") ? "" : " – " + (now != null ? now : old).get(0));
      if (old == null) {
        out.add(new Change(kind, code, label, "ADDED", List.of()));
      } else if (now == null) {
        out.add(new Change(kind, code, label, "REMOVED", List.of()));
      } else {
        List<FieldChange> fields = new ArrayList<>();
        for (int i = 0; i < fieldNames.size(); i++) {
          if (!Objects.equals(old.get(i), now.get(i))) {
            fields.add(new FieldChange(fieldNames.get(i), old.get(i), now.get(i)));
          }
        }
        if (!fields.isEmpty()) {
          out.add(new Change(kind, code, label, "CHANGED", fields));
        }
      }
    }
  }
}
