package de.fahrplan.plan.web;

import de.fahrplan.plan.ResourcePlan;
import de.fahrplan.plan.ResourceTable;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Ressourcen",
    description = "Staff and money per goal, field of action or org unit and budget year")
class ResourcePlanApi {

  private final ResourcePlan plan;
  private final Strategies strategies;
  private final ResourceTableController pages;

  ResourcePlanApi(ResourcePlan plan, Strategies strategies, ResourceTableController pages) {
    this.plan = plan;
    this.strategies = strategies;
    this.pages = pages;
  }

  @GetMapping("/api/v1/resource-plan")
  @Operation(
      summary =
          "groupBy=goal|fieldOfAction|orgUnit|measure; each measure counts once (primary goal), totals"
              + " are exact")
  ResourceTable table(
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) Long strategyVersion) {
    return plan.table(
        strategies.versionIdOrCurrent(strategyVersion), ResourceTableController.groupBy(groupBy));
  }

  @GetMapping("/api/v1/resource-plan.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) String groupBy,
      @RequestParam(required = false) Long strategyVersion,
      Locale locale)
      throws IOException {
    VersionView version = strategies.versionOrCurrent(strategyVersion);
    return pages.xlsx(
        version, plan.table(version.id(), ResourceTableController.groupBy(groupBy)), locale);
  }
}
