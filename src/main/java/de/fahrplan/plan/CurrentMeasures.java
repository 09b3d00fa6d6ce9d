package de.fahrplan.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The version's measures as they are, to tell which rows of an import would change nothing ({@link
 * MeasureImport}): by code, with their budget entries and participating units.
 */
record CurrentMeasures(
    long versionId,
    Map<String, MeasureView> byCode,
    Map<Long, List<ResourceView>> resources,
    Map<Long, java.util.Set<Long>> participants) {

  /**
   * The row would leave the measure as it is: the same fields (those the file has; the others are
   * kept anyway), every amount already in its year, every participant already there.
   */
  boolean unchanged(
      MeasureView measure,
      MeasureInput in,
      Map<String, String> values,
      List<Long> units,
      java.util.SortedMap<Integer, YearAmounts> years,
      java.util.Set<String> mapped) {
    MeasureInput now = measure.toInput();
    keepUnmapped(in, now, mapped);
    String parent = values.get("parent");
    if (parent != null) {
      MeasureView p = byCode.get(parent.trim());
      if (p == null) {
        return false;
      }
      in.parentId = p.id();
    }
    List<ResourceView> entries = resources.getOrDefault(measure.id(), List.of());
    return comparable(in).equals(comparable(now))
        && participants.getOrDefault(measure.id(), java.util.Set.of()).containsAll(units)
        && years.entrySet().stream()
            .allMatch(
                y ->
                    y.getValue()
                        .heldBy(
                            entries.stream()
                                .filter(r -> r.budgetYear() == y.getKey())
                                .findFirst()
                                .orElse(null)));
  }

  /** A measure's state as stored, built by the entity's own rules (lists as sets). */
  private Map<String, Object> comparable(MeasureInput in) {
    Map<String, Object> state = new HashMap<>();
    new de.fahrplan.plan.internal.Measure(
            versionId, in, de.fahrplan.shared.RichText.sanitize(in.description))
        .auditState()
        .forEach(
            (k, v) ->
                state.put(k, v instanceof java.util.Collection<?> c ? java.util.Set.copyOf(c) : v));
    return state;
  }

  /** Columns the file does not have keep the measure's values (ratings, override, …). */
  static void keepUnmapped(MeasureInput in, MeasureInput current, java.util.Set<String> mapped) {
    in.ratings = current.ratings;
    if (!mapped.contains("priority")) {
      in.priorityOverride = current.priorityOverride;
      in.priorityReason = current.priorityReason;
    } else if (in.priorityOverride == current.priorityOverride
        && !mapped.contains("priorityReason")) {
      in.priorityReason = current.priorityReason;
    }
    if (!mapped.contains("description")) in.description = current.description;
    if (!mapped.contains("status")) {
      in.status = current.status;
      in.statusReason = current.statusReason;
    }
    if (!mapped.contains("statusReason")) in.statusReason = current.statusReason;
    if (!mapped.contains("plannedStart")) in.plannedStart = current.plannedStart;
    if (!mapped.contains("plannedEnd")) in.plannedEnd = current.plannedEnd;
    if (!mapped.contains("actualStart")) in.actualStart = current.actualStart;
    if (!mapped.contains("actualEnd")) in.actualEnd = current.actualEnd;
    if (!mapped.contains("horizonOverride")) in.horizonOverride = current.horizonOverride;
    if (!mapped.contains("leadOrgUnit")) in.leadOrgUnitId = current.leadOrgUnitId;
    if (!mapped.contains("responsible")) in.responsiblePersonId = current.responsiblePersonId;
    if (!mapped.contains("parent")) in.parentId = current.parentId;
    if (!mapped.contains("level")) in.level = current.level;
    if (!mapped.contains("tags")) in.tags = current.tags;
  }
}
