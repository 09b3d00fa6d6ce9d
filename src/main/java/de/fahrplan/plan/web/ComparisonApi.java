package de.fahrplan.plan.web;

import de.fahrplan.plan.VersionComparison;
import de.fahrplan.strategy.Strategies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Strategie")
class ComparisonApi {

  private final VersionComparison comparison;
  private final Strategies strategies;

  ComparisonApi(VersionComparison comparison, Strategies strategies) {
    this.comparison = comparison;
    this.strategies = strategies;
  }

  @GetMapping("/api/v1/strategy-versions/{id}/comparison")
  @Operation(
      summary =
          "What changed from another version of the same strategy (default: the previous one) to this one")
  VersionComparison.Result compare(
      @PathVariable long id, @RequestParam(required = false) Long with) {
    return comparison.compare(
        ComparisonController.other(strategies, strategies.version(id), with), id);
  }
}
