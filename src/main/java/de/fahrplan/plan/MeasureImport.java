package de.fahrplan.plan;

import de.fahrplan.plan.internal.ImportMapping;
import de.fahrplan.plan.internal.ImportMappingRepository;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.InvalidInputException.Violation;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.tabular.TableReader;
import de.fahrplan.strategy.Strategies;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
  private final ImportReferences references;
  private final ImportMappingRepository mappings;
  private final EntityManager entityManager;
  private final Participants participants;
  private final JsonMapper json = JsonMapper.builder().build();

  MeasureImport(
      Measures measures,
      Resources resources,
      MeasureList list,
      Strategies strategies,
      ImportReferences references,
      ImportMappingRepository mappings,
      EntityManager entityManager,
      Participants participants) {
    this.measures = measures;
    this.resources = resources;
    this.list = list;
    this.strategies = strategies;
    this.references = references;
    this.mappings = mappings;
    this.entityManager = entityManager;
    this.participants = participants;
  }

  /**
   * What the user chose on the preview: field → column (null or empty: guessed from the
   * municipality's last mapping and the header names), the sheet and header line (null: found), and
   * for each org unit the file names that the municipality does not have an existing unit's id or
   * {@link MeasureImportPreview#NEW_UNIT}.
   */
  public record Choices(
      Map<String, Integer> mapping, TableReader.Layout layout, Map<String, String> units)
      implements java.io.Serializable {

    public static final Choices GUESSED = new Choices(null, TableReader.Layout.GUESSED, Map.of());
  }

  /** Reads the file and previews it with what the user chose. */
  @CoordinationOnly
  @Transactional(readOnly = true)
  public MeasureImportPreview preview(
      long versionId, String filename, byte[] bytes, Choices choices) {
    if (!strategies.version(versionId).editable()) {
      throw new InvalidInputException(null, "version.readOnly");
    }
    TableReader.Table table =
        TableReader.read(filename, bytes, TableReader.Limits.forImport(), choices.layout());
    Map<String, Integer> columns =
        choices.mapping() == null || choices.mapping().isEmpty()
            ? MeasureColumns.guess(table.header(), remembered())
            : MeasureColumns.valid(choices.mapping(), table.header());
    Map<Integer, MeasureColumns.YearColumn> years =
        MeasureColumns.yearColumns(table.header(), columns);
    List<String> missing =
        MeasureColumns.REQUIRED.stream().filter(f -> !columns.containsKey(f)).toList();
    List<MeasureImportPreview.Row> rows = new ArrayList<>();
    List<Integer> totals = new ArrayList<>();
    for (TableReader.Line line : missing.isEmpty() ? table.rows() : List.<TableReader.Line>of()) {
      if (MeasureColumns.totalsLine(line) || MeasureColumns.unlabelledSums(line, columns)) {
        totals.add(line.number());
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (String field : MeasureColumns.FIELDS) {
        values.put(
            field, MeasureRows.periodAsDate(field, MeasureColumns.cell(line, columns.get(field))));
      }
      years.forEach((i, column) -> values.put(column.key(), MeasureColumns.cell(line, i)));
      rows.add(new MeasureImportPreview.Row(line.number(), values, List.of(), null, null));
    }
    MeasureImportPreview read =
        new MeasureImportPreview(
            versionId,
            table.header(),
            columns,
            years,
            rows,
            missing,
            table.headerLine(),
            totals,
            table.sheets(),
            table.sheet(),
            Map.copyOf(choices.units()),
            List.of());
    return missing.isEmpty() ? check(read) : read;
  }

  /** The names of unmapped required fields, for messages. */
  public String unmappedLabels(MeasureImportPreview preview) {
    return preview.unmapped().stream()
        .map(f -> list.label("measureImport.field." + f))
        .collect(Collectors.joining(", "));
  }

  /**
   * Writes every row that changes something (create or update by code), its staff and money per
   * year and its participants, and creates the org units chosen to be new – in one transaction, or
   * nothing; remembers the mapping.
   */
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
    MeasureRows.Context ctx =
        references.context(preview.versionId(), references.createUnits(checked));
    Map<String, MeasureView> existing = new HashMap<>();
    measures.all(preview.versionId()).forEach(m -> existing.put(m.code(), m));
    Map<Long, java.util.Set<Long>> involved = participants.orgUnitsOfVersion(preview.versionId());
    int created = 0;
    int updated = 0;
    for (MeasureImportPreview.Row row : MeasureRows.parentsFirst(checked.rows())) {
      if (row.change() == MeasureImportPreview.Change.UNCHANGED) {
        continue;
      }
      MeasureInput in = MeasureRows.input(row.values(), ctx, new ArrayList<>());
      MeasureView current = existing.get(in.code);
      if (current != null) {
        CurrentMeasures.keepUnmapped(in, current.toInput(), preview.mapping().keySet());
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
        row.years().forEach((year, amounts) -> resources.setYear(saved.id(), year, amounts));
        java.util.Set<Long> already = involved.getOrDefault(saved.id(), java.util.Set.of());
        for (Long unit : MeasureRows.participants(row.values(), ctx, new ArrayList<>())) {
          if (!already.contains(unit)) {
            participants.addParticipant(saved.id(), consulted(unit));
          }
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
    return new Result(created, updated, (int) checked.count(MeasureImportPreview.Change.UNCHANGED));
  }

  private static ParticipantInput consulted(long orgUnitId) {
    ParticipantInput p = new ParticipantInput();
    p.orgUnitId = orgUnitId;
    p.raci = Raci.CONSULTED;
    return p;
  }

  /** How many measures an import created and updated, and how many rows changed nothing. */
  public record Result(int created, int updated, int unchanged) {}

  // --- checking --------------------------------------------------------------------------------

  private MeasureImportPreview check(MeasureImportPreview preview) {
    long versionId = preview.versionId();
    List<String> unknownUnits = references.unknownUnits(preview.rows());
    Map<String, String> choices = new HashMap<>(preview.unitChoices());
    choices.keySet().retainAll(unknownUnits);
    MeasureRows.Context ctx = references.context(versionId, choices);
    Map<String, MeasureView> existing = new HashMap<>();
    measures.all(versionId).forEach(m -> existing.put(m.code(), m));
    java.util.Set<String> codes = new java.util.HashSet<>();
    preview.rows().stream()
        .map(r -> r.values().get("code"))
        .filter(java.util.Objects::nonNull)
        .forEach(codes::add);
    // „3.1“ under „3“: numbering stands for the parent when the file has no column for it
    boolean numbering = !preview.mapping().containsKey("parent");
    Map<String, String> parents = new HashMap<>();
    List<Map<String, String>> values = new ArrayList<>();
    for (MeasureImportPreview.Row row : preview.rows()) {
      Map<String, String> v = new LinkedHashMap<>(row.values());
      String numbered = MeasureRows.numberedParent(v.get("code"));
      if (numbering
          && numbered != null
          && (codes.contains(numbered) || existing.containsKey(numbered))) {
        v.put("parent", numbered);
      }
      if (v.get("code") != null && v.get("parent") != null) {
        parents.put(v.get("code"), v.get("parent").trim());
      }
      values.add(v);
    }
    var version = strategies.version(versionId);
    CurrentMeasures current = current(versionId, existing);
    List<MeasureImportPreview.Row> rows = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      Map<String, String> v = values.get(i);
      int line = preview.rows().get(i).line();
      List<Violation> errors = new ArrayList<>();
      MeasureInput in = MeasureRows.input(v, ctx, errors);
      List<Long> units = MeasureRows.participants(v, ctx, errors);
      String parent = v.get("parent");
      if (parent != null) {
        if (!existing.containsKey(parent.trim()) && !codes.contains(parent.trim())) {
          errors.add(new Violation("parent", "measureImport.unknownParent", parent));
        } else if (MeasureRows.circle(in.code, parents)) {
          errors.add(new Violation("parent", "measure.parentCycle", parent));
        }
      }
      java.util.SortedMap<Integer, YearAmounts> years = MeasureRows.years(v, errors);
      for (int year : years.keySet()) {
        if (year < version.startYear() || year > version.endYear()) {
          errors.add(
              new Violation(
                  "budgetYear",
                  "measureImport.yearOutside",
                  year,
                  String.valueOf(version.startYear()),
                  String.valueOf(version.endYear())));
        }
      }
      try {
        new de.fahrplan.plan.internal.Measure(versionId, in, in.description);
      } catch (InvalidInputException e) {
        e.violations().stream().map(MeasureImport::toImportField).forEach(errors::add);
      }
      // a code given twice is named on its second line: the first one is the measure
      Integer first = in.code == null ? null : firstLine.putIfAbsent(in.code, line);
      if (first != null) {
        errors.add(new Violation("code", "measureImport.codeAbove", in.code, first));
      }
      MeasureView measure = in.code == null ? null : existing.get(in.code);
      MeasureImportPreview.Change change =
          measure == null
              ? MeasureImportPreview.Change.NEW
              : errors.isEmpty()
                      && current.unchanged(measure, in, v, units, years, preview.mapping().keySet())
                  ? MeasureImportPreview.Change.UNCHANGED
                  : MeasureImportPreview.Change.UPDATE;
      rows.add(new MeasureImportPreview.Row(line, v, errors, change, years));
    }
    return new MeasureImportPreview(
        versionId,
        preview.headers(),
        preview.mapping(),
        preview.yearColumns(),
        rows,
        preview.unmapped(),
        preview.headerLine(),
        preview.totalsLines(),
        preview.sheets(),
        preview.sheet(),
        Map.copyOf(choices),
        unknownUnits);
  }

  /** The version's measures as they are, to tell which rows would change nothing. */
  private CurrentMeasures current(long versionId, Map<String, MeasureView> existing) {
    return new CurrentMeasures(
        versionId,
        existing,
        resources.ofVersion(versionId),
        participants.orgUnitsOfVersion(versionId));
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
