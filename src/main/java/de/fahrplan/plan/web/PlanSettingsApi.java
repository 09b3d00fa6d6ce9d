package de.fahrplan.plan.web;

import de.fahrplan.plan.PlanSettings;
import de.fahrplan.plan.PlanSettingsInput;
import de.fahrplan.plan.PlanSettingsView;
import de.fahrplan.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Planungseinstellungen", description = "Horizon thresholds and priority criteria")
class PlanSettingsApi {

  private final PlanSettings settings;

  PlanSettingsApi(PlanSettings settings) {
    this.settings = settings;
  }

  @GetMapping("/api/v1/plan-settings")
  @Operation(summary = "Horizon thresholds and weighted priority criteria of the municipality")
  PlanSettingsView get() {
    return settings.current();
  }

  @PutMapping("/api/v1/plan-settings")
  @Operation(summary = "Replace the settings (If-Match required; built-in criteria stay)")
  PlanSettingsView put(IfMatch ifMatch, @RequestBody PlanSettingsInput input) {
    return settings.update(ifMatch.version(), input);
  }
}
