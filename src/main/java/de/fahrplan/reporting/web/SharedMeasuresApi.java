package de.fahrplan.reporting.web;

import de.fahrplan.plan.SharedMeasures;
import de.fahrplan.plan.SharedMeasures.SharedMeasureView;
import de.fahrplan.reporting.SharedUpdates;
import de.fahrplan.reporting.SharedUpdates.SharedUpdate;
import de.fahrplan.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Measures other municipalities share with this one (as partner), read-only. */
@RestController
class SharedMeasuresApi {

  /** A shared measure with what its lead municipality reported. */
  record SharedMeasureDetail(SharedMeasureView measure, List<SharedUpdate> updates) {}

  private final SharedMeasures shared;
  private final SharedUpdates updates;

  SharedMeasuresApi(SharedMeasures shared, SharedUpdates updates) {
    this.shared = shared;
    this.updates = updates;
  }

  @GetMapping("/api/v1/shared-measures")
  @Operation(
      summary =
          "Measures of other municipalities' plans in force that name this municipality as"
              + " partner: read-only, with its share of the money per budget year")
  PageResponse<SharedMeasureView> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return PageResponse.of(shared.withUs(), page, size);
  }

  @GetMapping("/api/v1/shared-measures/{id}")
  @Operation(summary = "One shared measure with its submitted and accepted status updates")
  SharedMeasureDetail measure(@PathVariable long id) {
    return new SharedMeasureDetail(shared.get(id), updates.of(id));
  }
}
