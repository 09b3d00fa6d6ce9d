package de.fahrplan.plan.web;

import de.fahrplan.plan.Roadmap;
import de.fahrplan.shared.NotFoundException;
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
  private final Strategies strategies;

  RoadmapApi(Roadmap roadmap, Strategies strategies) {
    this.roadmap = roadmap;
    this.strategies = strategies;
  }

  @GetMapping("/api/v1/roadmap.svg")
  @Operation(
      summary =
          "Roadmap (Gantt) as SVG with title and description; groupBy=goal|fieldOfAction, zoom=year|quarter|month")
  ResponseEntity<String> svg(
      @RequestParam(required = false) Long strategyVersion,
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) String zoom) {
    long id =
        strategyVersion != null
            ? strategyVersion
            : strategies
                .currentVersion()
                .orElseThrow(() -> new NotFoundException("StrategyVersion"))
                .id();
    return ResponseEntity.ok()
        .contentType(RoadmapController.SVG)
        .cacheControl(CacheControl.noCache())
        .body(roadmap.svg(id, RoadmapController.grouping(groupBy), RoadmapController.zoom(zoom)));
  }
}
