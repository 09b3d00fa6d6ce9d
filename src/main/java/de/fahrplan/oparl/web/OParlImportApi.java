package de.fahrplan.oparl.web;

import de.fahrplan.oparl.ImportProblemView;
import de.fahrplan.oparl.ImportSettings;
import de.fahrplan.oparl.ImportStatus;
import de.fahrplan.oparl.OParlImports;
import de.fahrplan.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The import from the Ratsinformationssystem for scripts: settings, runs, progress, report. */
@RestController
@RequestMapping("/api/v1/oparl-import")
@Tag(
    name = "RIS-Import",
    description = "Importing the council information system over OParl (Administration)")
class OParlImportApi {

  private final OParlImports imports;

  OParlImportApi(OParlImports imports) {
    this.imports = imports;
  }

  /** Settings, whether a run is going on, the watermark and the last ten runs with progress. */
  @GetMapping
  ImportStatus status() {
    return imports.status();
  }

  /** Saves the settings; {@code version} as read (null for the first save). */
  @PutMapping
  ImportSettings save(@RequestBody ImportSettings settings) {
    return imports.save(settings);
  }

  /** Starts a run in the background (202); {@code full=true} reads everything again. */
  @PostMapping("/runs")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void start(@RequestParam(defaultValue = "false") boolean full) {
    imports.start(full);
  }

  /** Asks the running run to stop after its current page (202). */
  @PostMapping("/cancel")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void cancel() {
    imports.cancel();
  }

  /** A run's report (the first 2,000 lines), paged like every list of the API. */
  @GetMapping("/runs/{id}/problems")
  PageResponse<ImportProblemView> problems(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(imports.problems(id), page, size);
  }
}
