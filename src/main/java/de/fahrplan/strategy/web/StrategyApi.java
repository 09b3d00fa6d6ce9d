package de.fahrplan.strategy.web;

import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import de.fahrplan.strategy.AdoptionInput;
import de.fahrplan.strategy.FieldOfActionInput;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.FieldsAndGoals;
import de.fahrplan.strategy.GoalInput;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.StrategyInput;
import de.fahrplan.strategy.StrategyView;
import de.fahrplan.strategy.VersionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Strategie", description = "Strategies, versions, fields of action and goals")
class StrategyApi {

  /** The new Zielbild of a draft. */
  record VisionInput(String vision) {}

  private final Strategies strategies;
  private final FieldsAndGoals fieldsAndGoals;

  StrategyApi(Strategies strategies, FieldsAndGoals fieldsAndGoals) {
    this.strategies = strategies;
    this.fieldsAndGoals = fieldsAndGoals;
  }

  @GetMapping("/strategies")
  PageResponse<StrategyView> strategies(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return PageResponse.of(strategies.all(), page, size);
  }

  @GetMapping("/strategies/{id}")
  StrategyView strategy(@PathVariable long id) {
    return strategies.get(id);
  }

  @PostMapping("/strategies")
  @Operation(summary = "Create a strategy; answers its first version (a draft)")
  ResponseEntity<VersionView> create(@RequestBody StrategyInput input) {
    VersionView v = strategies.create(input);
    return ResponseEntity.created(URI.create("/api/v1/strategy-versions/" + v.id())).body(v);
  }

  @PostMapping("/strategies/{id}/versions")
  @Operation(
      summary =
          "Start the next version (Fortschreibung) as a copy of the newest one, measures included")
  ResponseEntity<VersionView> newVersion(@PathVariable long id) {
    VersionView v = strategies.newVersion(id);
    return ResponseEntity.created(URI.create("/api/v1/strategy-versions/" + v.id())).body(v);
  }

  @GetMapping("/strategy-versions/{id}")
  VersionView version(@PathVariable long id) {
    return strategies.version(id);
  }

  @PutMapping("/strategy-versions/{id}/vision")
  VersionView vision(@PathVariable long id, IfMatch ifMatch, @RequestBody VisionInput input) {
    return strategies.changeVision(id, ifMatch.version(), input.vision());
  }

  @PostMapping("/strategy-versions/{id}/adoption")
  @Operation(summary = "Record the council's decision; the version becomes read-only")
  VersionView adopt(@PathVariable long id, IfMatch ifMatch, @RequestBody AdoptionInput input) {
    return strategies.adopt(id, ifMatch.version(), input);
  }

  @PutMapping("/strategy-versions/{id}/adoption")
  @Operation(summary = "Correct the recorded decision of an adopted version (until it is in force)")
  VersionView correctAdoption(
      @PathVariable long id, IfMatch ifMatch, @RequestBody AdoptionInput input) {
    return strategies.correctAdoption(id, ifMatch.version(), input);
  }

  @PostMapping("/strategy-versions/{id}/in-force")
  @Operation(
      summary =
          "Put an adopted version in force on or after its inForceFrom day (a daily job does it on"
              + " the day); the version of the same strategy in force so far is superseded")
  VersionView putInForce(@PathVariable long id, IfMatch ifMatch) {
    return strategies.putInForce(id, ifMatch.version());
  }

  @GetMapping("/strategy-versions/{id}/fields-of-action")
  PageResponse<FieldOfActionView> fields(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(strategies.fieldsOfAction(id), page, size);
  }

  @PostMapping("/strategy-versions/{id}/fields-of-action")
  ResponseEntity<FieldOfActionView> addField(
      @PathVariable long id, @RequestBody FieldOfActionInput input) {
    FieldOfActionView f = fieldsAndGoals.addFieldOfAction(id, input);
    return ResponseEntity.created(URI.create("/api/v1/fields-of-action/" + f.id())).body(f);
  }

  @GetMapping("/fields-of-action/{id}")
  FieldOfActionView field(@PathVariable long id) {
    return strategies.fieldOfAction(id);
  }

  @PutMapping("/fields-of-action/{id}")
  FieldOfActionView updateField(
      @PathVariable long id, IfMatch ifMatch, @RequestBody FieldOfActionInput input) {
    return fieldsAndGoals.updateFieldOfAction(id, ifMatch.version(), input);
  }

  @GetMapping("/strategy-versions/{id}/goals")
  PageResponse<GoalView> goals(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(strategies.goals(id), page, size);
  }

  @PostMapping("/strategy-versions/{id}/goals")
  ResponseEntity<GoalView> addGoal(@PathVariable long id, @RequestBody GoalInput input) {
    GoalView g = fieldsAndGoals.addGoal(id, input);
    return ResponseEntity.created(URI.create("/api/v1/goals/" + g.id())).body(g);
  }

  @GetMapping("/goals/{id}")
  GoalView goal(@PathVariable long id) {
    return strategies.goal(id);
  }

  @PutMapping("/goals/{id}")
  GoalView updateGoal(@PathVariable long id, IfMatch ifMatch, @RequestBody GoalInput input) {
    return fieldsAndGoals.updateGoal(id, ifMatch.version(), input);
  }
}
