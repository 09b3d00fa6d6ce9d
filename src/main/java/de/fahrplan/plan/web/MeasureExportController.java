package de.fahrplan.plan.web;

import de.fahrplan.plan.MeasureList;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.Downloads;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The measure list as CSV and XLSX, from the pages (signed in) and the API (token). */
@RestController
@MemberOnly
class MeasureExportController {

  private final MeasureList list;
  private final Strategies strategies;

  MeasureExportController(MeasureList list, Strategies strategies) {
    this.list = list;
    this.strategies = strategies;
  }

  @GetMapping("/strategy-versions/{id}/measures.csv")
  ResponseEntity<byte[]> csv(@PathVariable long id) throws IOException {
    return file(strategies.version(id), "csv");
  }

  @GetMapping("/strategy-versions/{id}/measures.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) throws IOException {
    return file(strategies.version(id), "xlsx");
  }

  @GetMapping("/api/v1/measures/export.csv")
  @Operation(summary = "The measure list as CSV (UTF-8, ';'); same columns as the import")
  ResponseEntity<byte[]> apiCsv(@RequestParam(required = false) Long strategyVersion)
      throws IOException {
    return file(strategies.versionOrCurrent(strategyVersion), "csv");
  }

  @GetMapping("/api/v1/measures/export.xlsx")
  @Operation(summary = "The measure list as XLSX; same columns as the import")
  ResponseEntity<byte[]> apiXlsx(@RequestParam(required = false) Long strategyVersion)
      throws IOException {
    return file(strategies.versionOrCurrent(strategyVersion), "xlsx");
  }

  private ResponseEntity<byte[]> file(VersionView version, String type) throws IOException {
    var rows = list.rows(version.id());
    byte[] bytes = type.equals("csv") ? MeasureExport.csv(rows) : MeasureExport.xlsx(rows);
    MediaType media =
        type.equals("csv")
            ? new MediaType("text", "csv", StandardCharsets.UTF_8)
            : ResourceTableController.XLSX;
    String name = "massnahmen-fassung-" + version.number() + "." + type;
    return Downloads.attachment(media, name, bytes);
  }
}
