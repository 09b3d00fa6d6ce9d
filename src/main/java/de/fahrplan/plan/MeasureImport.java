package de.fahrplan.plan;

import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.internal.ImportMapping;
import de.fahrplan.plan.internal.ImportMappingRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.InvalidInputException.Violation;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.tabular.FormulaText;
import de.fahrplan.shared.tabular.TableReader;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a measure list (CSV or XLSX) into a draft version: map the file's columns to fields
 * (guessed from the headers, or the municipality's last mapping), preview every row with its
 * errors, then write all rows or none. Rows are matched by code, so a re-import updates.
 */
@Service
public class MeasureImport {

  static final String KIND = "measures";

  private final Measures measures;
  private final Resources resources;
  private final MeasureList list;
  private final Strategies strategies;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final ImportMappingRepository mappings;
  private final EntityManager entityManager;
  private final JsonMapper json = JsonMapper.builder().build();

  MeasureImport(
      Measures measures,
      Resources resources,
      MeasureList list,
      Strategies strategies,
      OrgUnits orgUnits,
      Persons persons,
      ImportMappingRepository mappings,
      EntityManager entityManager) {
    this.measures = measures;
    this.resources = resources;
    this.list = list;
    this.strategies = strategies;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.mappings = mappings;
    this.entityManager = entityManager;
  }

  /**
   * Reads the file and previews it. {@code mapping} (field → column index) may be null: then the
   * columns are guessed from the municipality's last mapping and the header names.
   */
  @CoordinationOnly
  @Transactional(readOnly = true)
  public MeasureImportPreview preview(
      long versionId, String filename, byte[] bytes, Map<String, Integer> mapping) {
    if (!strategies.version(versionId).editable()) {
      throw new InvalidInputException(null, "version.readOnly");
    }
    TableReader.Table table = TableReader.read(filename, bytes, TableReader.Limits.forImport());
    Map<String, Integer> columns =
        mapping == null || mapping.isEmpty()
            ? MeasureColumns.guess(table.header(), remembered())
            : MeasureColumns.valid(mapping, table.header());
    List<String> missing =
        MeasureColumns.REQUIRED.stream().filter(f -> !columns.containsKey(f)).toList();
    if (!missing.isEmpty()) {
      return new MeasureImportPreview(
          versionId, table.header(), columns, List.of(), missing, table.headerLine(), List.of());
    }
    List<MeasureImportPreview.Row> rows = new ArrayList<>();
    List<Integer> totals = new ArrayList<>();
    for (TableReader.Line line : table.rows()) {
      if (totalsLine(line)) {
        totals.add(line.number());
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (String field : MeasureColumns.FIELDS) {
        Integer i = columns.get(field);
        String v =
            i == null || i >= line.cells().size()
                ? ""
                : FormulaText.unneutralised(line.cells().get(i));
        values.put(field, v.isBlank() ? null : MeasureRows.periodAsDate(field, v));
      }
      rows.add(new MeasureImportPreview.Row(line.number(), values, List.of(), false));
    }
    return check(
        new MeasureImportPreview(
            versionId, table.header(), columns, rows, List.of(), table.headerLine(), totals));
  }

  private static final java.util.regex.Pattern TOTALS =
      java.util.regex.Pattern.compile(
          "(?iu)(summe|gesamtsumme|gesamt|insgesamt|total|zwischensumme)\\b.*");

  /** A totals line of a list kept in Excel: its first filled cell says „Summe“ (or the like). */
  static boolean totalsLine(TableReader.Line line) {
    return line.cells().stream()
        .filter(c -> !c.isBlank())
        .findFirst()
        .map(c -> TOTALS.matcher(c.strip()).matches())
        .orElse(false);
  }

  /**
   * Writes every row (create or update by code) in one transaction, or nothing; remembers the
   * mapping.
   */
  /** The names of unmapped required fields, for messages. */
  public String unmappedLabels(MeasureImportPreview preview) {
    return preview.unmapped().stream()
        .map(f -> list.label("measureImport.field." + f))
        .collect(Collectors.joining(", "));
  }

  @CoordinationOnly
  @Transactional
  public Result apply(MeasureImportPreview preview) {
    if (!preview.unmapped().isEmpty()) {
      throw new InvalidInputException("mapping", "measureImport.unmapped", unmappedLabels(preview));
    }
    MeasureImportPreview checked = check(preview);
    if (!checked.importable()) {
      throw new InvalidInputException("file", "import.hasErrors", checked.errorRows());
    }
    MeasureRows.Context ctx = context(preview.versionId());
    Map<String, MeasureView> existing = new HashMap<>();
    measures.all(preview.versionId()).forEach(m -> existing.put(m.code(), m));
    int created = 0;
    int updated = 0;
    for (MeasureImportPreview.Row row : parentsFirst(checked.rows())) {
      MeasureInput in = MeasureRows.input(row.values(), ctx, new ArrayList<>());
      MeasureView current = existing.get(in.code);
      if (current != null) {
        keepUnmapped(in, current.toInput(), preview.mapping().keySet());
      }
      String parent = row.values().get("parent");
      in.parentId = parent == null ? in.parentId : existing.get(parent.trim()).id();
      try {
        MeasureView saved;
        if (current == null) {
          saved = measures.create(preview.versionId(), in);
          created++;
        } else {
          saved = measures.update(current.id(), null, in);
          updated++;
        }
        existing.put(saved.code(), saved);
        MeasureRows.Money money = MeasureRows.money(row.values(), new ArrayList<>());
        if (money != null) {
          resources.setMoney(saved.id(), money.year(), money.consumptive(), money.investive());
        }
        // every row is written and checked on its own; a persistence context that keeps all rows
        // would make each later flush re-check all earlier ones (quadratic in the row count)
        entityManager.flush();
        entityManager.clear();
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            e.violations().stream()
                .map(v -> new Violation("file", "import.cell", row.line(), v.code()))
                .toList());
      }
    }
    remember(preview);
    return new Result(created, updated);
  }

  /** Columns the file does not have keep the measure's values (ratings, override, …). */
  private static void keepUnmapped(
      MeasureInput in, MeasureInput current, java.util.Set<String> mapped) {
    in.ratings = current.ratings;
    in.priorityOverride = current.priorityOverride;
    in.priorityReason = current.priorityReason;
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

  /** Rows whose parent is in the file come after that parent (the check refused circles). */
  private static List<MeasureImportPreview.Row> parentsFirst(List<MeasureImportPreview.Row> rows) {
    Map<String, MeasureImportPreview.Row> byCode = new LinkedHashMap<>();
    rows.forEach(r -> byCode.put(r.values().get("code"), r));
    List<MeasureImportPreview.Row> result = new ArrayList<>();
    java.util.Set<String> placed = new java.util.HashSet<>();
    for (MeasureImportPreview.Row r : rows) {
      place(r, byCode, placed, result, 0);
    }
    return result;
  }

  private static void place(
      MeasureImportPreview.Row row,
      Map<String, MeasureImportPreview.Row> byCode,
      java.util.Set<String> placed,
      List<MeasureImportPreview.Row> result,
      int depth) {
    String code = row.values().get("code");
    if (placed.contains(code) || depth > byCode.size()) {
      return;
    }
    String parent = row.values().get("parent");
    if (parent != null && byCode.containsKey(parent.trim())) {
      place(byCode.get(parent.trim()), byCode, placed, result, depth + 1);
    }
    if (placed.add(code)) {
      result.add(row);
    }
  }

  /** How many measures an import created and updated. */
  public record Result(int created, int updated) {}

  // --- checking --------------------------------------------------------------------------------

  private MeasureImportPreview check(MeasureImportPreview preview) {
    MeasureRows.Context ctx = context(preview.versionId());
    Map<String, Long> codes = new HashMap<>();
    preview
        .rows()
        .forEach(
            r -> {
              if (r.values().get("code") != null)
                codes.merge(r.values().get("code"), 1L, Long::sum);
            });
    var existing =
        measures.all(preview.versionId()).stream()
            .map(MeasureView::code)
            .collect(Collectors.toSet());
    Map<String, String> parents = new HashMap<>();
    preview
        .rows()
        .forEach(
            r -> {
              if (r.values().get("code") != null && r.values().get("parent") != null) {
                parents.put(r.values().get("code"), r.values().get("parent").trim());
              }
            });
    int firstYear = strategies.version(preview.versionId()).startYear();
    int lastYear = strategies.version(preview.versionId()).endYear();
    List<MeasureImportPreview.Row> rows = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (MeasureImportPreview.Row row : preview.rows()) {
      List<Violation> errors = new ArrayList<>();
      MeasureInput in = MeasureRows.input(row.values(), ctx, errors);
      String parent = row.values().get("parent");
      if (parent != null) {
        if (!existing.contains(parent.trim()) && !codes.containsKey(parent.trim())) {
          errors.add(new Violation("parent", "measureImport.unknownParent", parent));
        } else if (circle(in.code, parents)) {
          errors.add(new Violation("parent", "measure.parentCycle", parent));
        }
      }
      MeasureRows.Money money = MeasureRows.money(row.values(), errors);
      if (money != null && (money.year() < firstYear || money.year() > lastYear)) {
        errors.add(
            new Violation(
                "budgetYear",
                "resource.yearOutsidePeriod",
                String.valueOf(firstYear),
                String.valueOf(lastYear)));
      }
      try {
        new de.fahrplan.plan.internal.Measure(preview.versionId(), in, in.description);
      } catch (InvalidInputException e) {
        e.violations().stream().map(MeasureImport::toImportField).forEach(errors::add);
      }
      // a code given twice is named on its second line: the first one is the measure
      Integer first = in.code == null ? null : firstLine.putIfAbsent(in.code, row.line());
      if (first != null) {
        errors.add(new Violation("code", "measureImport.codeAbove", in.code, first));
      }
      rows.add(
          new MeasureImportPreview.Row(
              row.line(), row.values(), errors, in.code != null && existing.contains(in.code)));
    }
    return new MeasureImportPreview(
        preview.versionId(),
        preview.headers(),
        preview.mapping(),
        rows,
        preview.unmapped(),
        preview.headerLine(),
        preview.totalsLines());
  }

  /** Following the parents of {@code code} in the file leads back to it. */
  private static boolean circle(String code, Map<String, String> parents) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String p = parents.get(code); p != null && seen.add(p); p = parents.get(p)) {
      if (p.equals(code)) {
        return true;
      }
    }
    return false;
  }

  private static Violation toImportField(Violation v) {
    String field =
        switch (v.field() == null ? "" : v.field()) {
          case "goalIds" -> "goals";
          case "leadOrgUnitId" -> "leadOrgUnit";
          case "responsiblePersonId" -> "responsible";
          case "parentId" -> "parent";
          default -> v.field();
        };
    return new Violation(field, v.code(), v.args());
  }

  private MeasureRows.Context context(long versionId) {
    Map<String, Long> goals = new HashMap<>();
    for (GoalView g : strategies.goals(versionId)) {
      goals.put(MeasureRows.normal(g.code()), g.id());
    }
    Map<String, Long> units = new HashMap<>();
    for (OrgUnitView u : orgUnits.tree()) {
      units.put(MeasureRows.normal(u.code()), u.id());
    }
    Map<String, Long> people = new HashMap<>();
    for (PersonView p : persons.search(null, null, PageRequest.of(0, 10_000)).getContent()) {
      if (p.email() != null) {
        people.put(MeasureRows.normal(p.email()), p.id());
      }
    }
    Map<String, MeasureStatus> statuses = new HashMap<>();
    for (MeasureStatus s : MeasureStatus.values()) {
      statuses.put(MeasureRows.normal(s.name()), s);
      statuses.put(MeasureRows.normal(list.label("measureStatus." + s.name())), s);
    }
    Map<String, Horizon> horizons = new HashMap<>();
    for (Horizon h : Horizon.values()) {
      horizons.put(MeasureRows.normal(h.name()), h);
      horizons.put(MeasureRows.normal(list.label("horizon." + h.name())), h);
    }
    Map<String, MeasureLevel> levels = new HashMap<>();
    for (MeasureLevel l : MeasureLevel.values()) {
      levels.put(MeasureRows.normal(l.name()), l);
      levels.put(MeasureRows.normal(list.label("measureLevel." + l.name())), l);
    }
    return new MeasureRows.Context(goals, units, people, statuses, horizons, levels);
  }

  private Map<String, String> remembered() {
    return mappings
        .findByKind(KIND)
        .map(m -> json.readValue(m.mapping(), new TypeReference<Map<String, String>>() {}))
        .orElse(Map.of());
  }

  private void remember(MeasureImportPreview preview) {
    Map<String, String> byHeader = new LinkedHashMap<>();
    preview.mapping().forEach((field, index) -> byHeader.put(field, preview.headers().get(index)));
    String text = json.writeValueAsString(byHeader);
    mappings
        .findByKind(KIND)
        .ifPresentOrElse(m -> m.remember(text), () -> mappings.save(new ImportMapping(KIND, text)));
  }
}
