package de.fahrplan.plan.web;

import de.fahrplan.plan.PriorityMatrix;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The priority matrix (benefit × effort): page with chart and table, its SVG download, and the SVG
 * for the API.
 */
@Controller
@MemberOnly
@Tag(name = "Maßnahmen")
class PriorityMatrixController {

  private final PriorityMatrix matrix;
  private final Strategies strategies;

  PriorityMatrixController(PriorityMatrix matrix, Strategies strategies) {
    this.matrix = matrix;
    this.strategies = strategies;
  }

  @GetMapping("/strategy-versions/{id}/priority-matrix")
  String page(@PathVariable long id, Model model) {
    model.addAttribute("strategyVersion", strategies.version(id));
    PriorityMatrix.Chart chart = matrix.chart(id);
    model.addAttribute("svg", chart.svg());
    model.addAttribute("measures", chart.placed());
    return "plan/priority-matrix";
  }

  /** The page's download: the signed-in user's session is not a token of the API. */
  @GetMapping("/strategy-versions/{id}/priority-matrix.svg")
  @ResponseBody
  ResponseEntity<String> download(@PathVariable long id) {
    return answer(id);
  }

  @GetMapping("/api/v1/priority-matrix.svg")
  @ResponseBody
  @Operation(summary = "Priority matrix (benefit × effort) of a strategy version as SVG")
  ResponseEntity<String> svg(@RequestParam(required = false) Long strategyVersion) {
    return answer(strategies.versionIdOrCurrent(strategyVersion));
  }

  private ResponseEntity<String> answer(long id) {
    return ResponseEntity.ok()
        .contentType(RoadmapController.SVG)
        .cacheControl(CacheControl.noCache())
        .body(matrix.chart(id).svg());
  }
}
