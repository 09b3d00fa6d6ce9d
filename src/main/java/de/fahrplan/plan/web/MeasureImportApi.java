package de.fahrplan.plan.web;

import de.fahrplan.plan.MeasureImport;
import de.fahrplan.plan.MeasureImportPreview;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.tabular.TableReader;
import de.fahrplan.strategy.Strategies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
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
      long errorRows,
      List<RowReport> rows,
      int headerLine,
      List<Integer> totalsLines,
      List<String> ignoredColumns) {}

  record RowReport(int line, String code, String action, List<Map<String, String>> errors) {}

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
              + " plannedEnd, actualStart, actualEnd, horizonOverride, leadOrgUnit, responsible); without it the columns are"
              + " guessed. dryRun=true returns the row report without writing.")
  ResponseEntity<Report> importList(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String mapping,
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(required = false) Long strategyVersion,
      Locale locale)
      throws IOException {
    long version =
        strategyVersion != null
            ? strategyVersion
            : strategies
                .currentVersion()
                .orElseThrow(() -> new NotFoundException("StrategyVersion"))
                .id();
    byte[] bytes = file.getBytes();
    Map<String, Integer> columns =
        mapping == null || mapping.isBlank()
            ? null
            : columns(mapping, file.getOriginalFilename(), bytes);
    MeasureImportPreview preview =
        imports.preview(version, file.getOriginalFilename(), bytes, columns);
    if (!preview.unmapped().isEmpty()) {
      throw new InvalidInputException(
          "mapping", "measureImport.unmapped", imports.unmappedLabels(preview));
    }
    if (dryRun || !preview.importable()) {
      Report report = report(preview, dryRun, 0, 0, locale);
      return ResponseEntity.status(
              preview.importable() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
          .body(report);
    }
    MeasureImport.Result result = imports.apply(preview);
    return ResponseEntity.ok(report(preview, false, result.created(), result.updated(), locale));
  }

  /** Mapping values may be header names or column indexes. */
  private Map<String, Integer> columns(String mapping, String filename, byte[] bytes) {
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
        TableReader.read(filename, bytes, TableReader.Limits.forImport()).header();
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
      MeasureImportPreview preview, boolean dryRun, int created, int updated, Locale locale) {
    List<RowReport> rows =
        preview.rows().stream()
            .map(
                r ->
                    new RowReport(
                        r.line(),
                        r.values().get("code"),
                        r.errors().isEmpty() ? (r.update() ? "update" : "create") : "error",
                        r.errors().stream()
                            .map(
                                v ->
                                    Map.of(
                                        "field",
                                        v.field() == null ? "" : v.field(),
                                        "message",
                                        messages.getMessage(v.code(), v.args(), v.code(), locale)))
                            .toList()))
            .toList();
    return new Report(
        dryRun,
        created,
        updated,
        preview.errorRows(),
        rows,
        preview.headerLine(),
        preview.totalsLines(),
        preview.ignoredColumns());
  }
}
