package de.fahrplan.plan.web;

import de.fahrplan.plan.Roadmap;
import de.fahrplan.plan.RoadmapPdf;
import de.fahrplan.strategy.Strategies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Maßnahmen")
class RoadmapApi {

  private final Roadmap roadmap;
  private final RoadmapPdf pdf;
  private final Strategies strategies;

  RoadmapApi(Roadmap roadmap, RoadmapPdf pdf, Strategies strategies) {
    this.roadmap = roadmap;
    this.pdf = pdf;
    this.strategies = strategies;
  }

  @GetMapping(value = "/api/v1/roadmap.pdf", produces = "application/pdf")
  @Operation(
      summary =
          "Roadmap as tagged PDF (PDF/UA, A3 landscape): one row per measure with dates, milestones and bars; groupBy=goal|fieldOfAction")
  ResponseEntity<byte[]> pdf(
      @RequestParam(required = false) Long strategyVersion,
      @RequestParam(required = false) String groupBy) {
    return RoadmapController.pdf(
        pdf, strategies.versionOrCurrent(strategyVersion), RoadmapController.grouping(groupBy));
  }

  @GetMapping("/api/v1/roadmap.svg")
  @Operation(
      summary =
          "Roadmap (Gantt) as SVG with title and description; groupBy=goal|fieldOfAction, zoom=year|quarter|month")
  ResponseEntity<String> svg(
      @RequestParam(required = false) Long strategyVersion,
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String zoom) {
    long id = strategies.versionIdOrCurrent(strategyVersion);
    return ResponseEntity.ok()
        .contentType(RoadmapController.SVG)
        .cacheControl(CacheControl.noCache())
        .body(roadmap.svg(id, RoadmapController.grouping(groupBy), RoadmapController.zoom(zoom)));
  }
}
