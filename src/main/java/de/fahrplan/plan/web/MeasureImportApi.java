package de.fahrplan.plan.web;

import de.fahrplan.plan.MeasureImport;
import de.fahrplan.plan.MeasureImportPreview;
import de.fahrplan.plan.YearAmounts;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.tabular.TableReader;
import de.fahrplan.strategy.Strategies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Maßnahmen")
class MeasureImportApi {

  /**
   * The row report: what each row does or why it cannot; where the header was found (a title block
   * above it is skipped), the totals lines left out and the columns not imported.
   */
  record Report(
      boolean dryRun,
      int created,
      int updated,
      int unchanged,
      long errorRows,
      List<RowReport> rows,
      int headerLine,
      List<Integer> totalsLines,
      List<String> ignoredColumns,
      List<YearColumnReport> yearColumns,
      List<String> sheets,
      int sheet,
      List<String> unknownOrgUnits) {}

  /**
   * A row: its action (create, update, unchanged, error), the parent it goes under (given or by its
   * numbering „3.1“), its staff and money per budget year, its errors with their 1-based column.
   */
  record RowReport(
      int line,
      String code,
      String action,
      String parent,
      Map<Integer, YearAmounts> years,
      List<Map<String, Object>> errors) {}

  /** A column that holds one amount of one budget year („Kosten 2026“), 1-based. */
  record YearColumnReport(int column, String header, String field, int year) {}

  private final MeasureImport imports;
  private final Strategies strategies;
  private final MessageSource messages;
  private final JsonMapper json = JsonMapper.builder().build();

  MeasureImportApi(MeasureImport imports, Strategies strategies, MessageSource messages) {
    this.imports = imports;
    this.strategies = strategies;
    this.messages = messages;
  }

  @PostMapping(value = "/api/v1/measure-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Import a measure list (CSV/XLSX) into a draft version, all rows or none. mapping: JSON object field → column"
              + " header or 0-based index (fields: code, title, description, goals, status, statusReason, plannedStart,"
              + " plannedEnd, actualStart, actualEnd, horizonOverride, leadOrgUnit, responsible, parent, level, tags,"
              + " budgetYear, consumptive, investive, fteExisting, fteNew, fteExternal, priority, priorityReason,"
              + " participants); without it the columns are guessed. Columns that name a budget year (\"Kosten 2026\","
              + " \"VZÄ 2027\") are read as that year's amounts. sheet (1-based) and headerLine choose the sheet and the"
              + " header when the guess is wrong. orgUnits: JSON object unknown unit name → existing unit id or \"new\""
              + " (Administration). dryRun=true returns the row report without writing.")
  ResponseEntity<Report> importList(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String mapping,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(required = false) Long strategyVersion,
      @RequestParam(required = false) Integer sheet,
      @RequestParam(required = false) Integer headerLine,
      @RequestParam(required = false) String orgUnits,
      Locale locale)
      throws IOException {
    long version = strategies.versionIdOrCurrent(strategyVersion);
    byte[] bytes = file.getBytes();
    TableReader.Layout layout = new TableReader.Layout(sheet, headerLine);
    Map<String, Integer> columns =
        mapping == null || mapping.isBlank()
            ? null
            : columns(mapping, file.getOriginalFilename(), bytes, layout);
    MeasureImportPreview preview =
        imports.preview(
            version,
            file.getOriginalFilename(),
            bytes,
            new MeasureImport.Choices(columns, layout, units(orgUnits)));
    if (!preview.unmapped().isEmpty()) {
      throw new InvalidInputException(
          "mapping", "measureImport.unmapped", imports.unmappedLabels(preview));
    }
    if (dryRun || !preview.importable()) {
      Report report = report(preview, dryRun, new MeasureImport.Result(0, 0, 0), locale);
      return ResponseEntity.status(
              preview.importable() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
          .body(report);
    }
    MeasureImport.Result result = imports.apply(preview);
    return ResponseEntity.ok(report(preview, false, result, locale));
  }

  /** The choices for unknown org units: name → unit id or "new". */
  private Map<String, String> units(String orgUnits) {
    if (orgUnits == null || orgUnits.isBlank()) {
      return Map.of();
    }
    JsonNode node;
    try {
      node = json.readTree(orgUnits);
    } catch (RuntimeException e) {
      throw new InvalidInputException("orgUnits", "measureImport.badUnitChoices");
    }
    if (!node.isObject()) {
      throw new InvalidInputException("orgUnits", "measureImport.badUnitChoices");
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (var entry : node.properties()) {
      result.put(entry.getKey(), entry.getValue().asString());
    }
    return result;
  }

  /** Mapping values may be header names or column indexes. */
  private Map<String, Integer> columns(
      String mapping, String filename, byte[] bytes, TableReader.Layout layout) {
    JsonNode node;
    try {
      node = json.readTree(mapping);
    } catch (RuntimeException e) {
      throw new InvalidInputException("mapping", "measureImport.badMapping");
    }
    if (!node.isObject()) {
      throw new InvalidInputException("mapping", "measureImport.badMapping");
    }
    List<String> header =
        TableReader.read(filename, bytes, TableReader.Limits.forImport(), layout).header();
    Map<String, Integer> result = new LinkedHashMap<>();
    for (var entry : node.properties()) {
      JsonNode value = entry.getValue();
      int index = value.isNumber() ? value.asInt() : header.indexOf(value.asString());
      if (index < 0) {
        throw new InvalidInputException("mapping", "measureImport.noSuchColumn", value.asString());
      }
      result.put(entry.getKey(), index);
    }
    return result;
  }

  private Report report(
      MeasureImportPreview preview, boolean dryRun, MeasureImport.Result result, Locale locale) {
    List<RowReport> rows = preview.rows().stream().map(r -> rowReport(preview, r, locale)).toList();
    return new Report(
        dryRun,
        result.created(),
        result.updated(),
        dryRun || !preview.importable()
            ? (int) preview.count(MeasureImportPreview.Change.UNCHANGED)
            : result.unchanged(),
        preview.errorRows(),
        rows,
        preview.headerLine(),
        preview.totalsLines(),
        preview.ignoredColumns(),
        preview.yearColumns().entrySet().stream()
            .map(
                e ->
                    new YearColumnReport(
                        e.getKey() + 1,
                        preview.headers().get(e.getKey()),
                        e.getValue().field(),
                        e.getValue().year()))
            .toList(),
        preview.sheets(),
        preview.sheet(),
        preview.unknownUnits());
  }

  /**
   * One row's outcome (create, update, unchanged or error) with its errors in the user's language.
   */
  private RowReport rowReport(
      MeasureImportPreview preview, MeasureImportPreview.Row r, Locale locale) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (var v : r.errors()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("field", v.field() == null ? "" : v.field());
      error.put("column", preview.columnOf(v.field()));
      error.put("message", messages.getMessage(v.code(), v.args(), v.code(), locale));
      errors.add(error);
    }
    String outcome =
        r.errors().isEmpty()
            ? r.change().name().toLowerCase(Locale.ROOT).replace("new", "create")
            : "error";
    return new RowReport(
        r.line(), r.values().get("code"), outcome, r.values().get("parent"), r.years(), errors);
  }
}
