package de.fahrplan.plan.web;

import de.fahrplan.plan.DependencyView;
import de.fahrplan.plan.MeasureInput;
import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.MilestoneInput;
import de.fahrplan.plan.MilestoneView;
import de.fahrplan.plan.ResourceInput;
import de.fahrplan.plan.ResourceView;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.web.ETags;
import de.fahrplan.shared.web.PageResponse;
import de.fahrplan.shared.web.Paging;
import de.fahrplan.strategy.Strategies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Maßnahmen", description = "Measures of a strategy version")
class MeasureApi {

  private final Measures measures;
  private final Strategies strategies;

  MeasureApi(Measures measures, Strategies strategies) {
    this.measures = measures;
    this.strategies = strategies;
  }

  @GetMapping("/api/v1/measures")
  @Operation(
      summary =
          "Measures of a strategy version (default: the one in force, else the newest), filtered")
  PageResponse<MeasureView> list(
      @RequestParam(required = false) Long strategyVersion,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) MeasureStatus status,
      @RequestParam(required = false) Long goal,
      @RequestParam(required = false) Long orgUnit,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    long version =
        strategyVersion != null
            ? strategyVersion
            : strategies
                .currentVersion()
                .orElseThrow(() -> new NotFoundException("StrategyVersion"))
                .id();
    return PageResponse.of(
        measures.search(
            version, q, status, goal, orgUnit, Paging.of(page, size, Sort.by("code", "id"))),
        m -> m);
  }

  @GetMapping("/api/v1/measures/{id}")
  ResponseEntity<MeasureView> get(@PathVariable long id) {
    MeasureView m = measures.get(id);
    return ResponseEntity.ok().eTag(ETags.of(m.version())).body(m);
  }

  @PostMapping("/api/v1/strategy-versions/{id}/measures")
  ResponseEntity<MeasureView> create(@PathVariable long id, @RequestBody MeasureInput input) {
    MeasureView m = measures.create(id, input);
    return ResponseEntity.created(URI.create("/api/v1/measures/" + m.id()))
        .eTag(ETags.of(m.version()))
        .body(m);
  }

  @PutMapping("/api/v1/measures/{id}")
  ResponseEntity<MeasureView> update(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody MeasureInput input) {
    MeasureView m = measures.update(id, ETags.required(ifMatch), input);
    return ResponseEntity.ok().eTag(ETags.of(m.version())).body(m);
  }

  @DeleteMapping("/api/v1/measures/{id}")
  ResponseEntity<Void> delete(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    measures.delete(id, ETags.required(ifMatch));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/measures/{id}/milestones")
  List<MilestoneView> milestones(@PathVariable long id) {
    return measures.milestones(id);
  }

  @PostMapping("/api/v1/measures/{id}/milestones")
  ResponseEntity<MilestoneView> addMilestone(
      @PathVariable long id, @RequestBody MilestoneInput input) {
    MilestoneView m = measures.addMilestone(id, input);
    return ResponseEntity.created(URI.create("/api/v1/milestones/" + m.id()))
        .eTag(ETags.of(m.version()))
        .body(m);
  }

  @PutMapping("/api/v1/milestones/{id}")
  ResponseEntity<MilestoneView> updateMilestone(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody MilestoneInput input) {
    MilestoneView m = measures.updateMilestone(id, ETags.required(ifMatch), input);
    return ResponseEntity.ok().eTag(ETags.of(m.version())).body(m);
  }

  @DeleteMapping("/api/v1/milestones/{id}")
  ResponseEntity<Void> deleteMilestone(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    measures.deleteMilestone(id, ETags.required(ifMatch));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/measures/{id}/resources")
  List<ResourceView> resources(@PathVariable long id) {
    return measures.resources(id);
  }

  @PostMapping("/api/v1/measures/{id}/resources")
  @Operation(summary = "Staff and money of the measure in one budget year (one entry per year)")
  ResponseEntity<ResourceView> addResource(
      @PathVariable long id, @RequestBody ResourceInput input) {
    ResourceView r = measures.addResource(id, input);
    return ResponseEntity.created(URI.create("/api/v1/resource-entries/" + r.id()))
        .eTag(ETags.of(r.version()))
        .body(r);
  }

  @PutMapping("/api/v1/resource-entries/{id}")
  ResponseEntity<ResourceView> updateResource(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody ResourceInput input) {
    ResourceView r = measures.updateResource(id, ETags.required(ifMatch), input);
    return ResponseEntity.ok().eTag(ETags.of(r.version())).body(r);
  }

  @DeleteMapping("/api/v1/resource-entries/{id}")
  ResponseEntity<Void> deleteResource(
      @PathVariable long id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    measures.deleteResource(id, ETags.required(ifMatch));
    return ResponseEntity.noContent().build();
  }

  /** A new predecessor of a measure. */
  record PredecessorInput(Long predecessorId) {}

  @GetMapping("/api/v1/measures/{id}/dependencies")
  @Operation(
      summary =
          "Predecessors and successors (finish-to-start); conflict = successor starts before predecessor ends")
  List<DependencyView> dependencies(@PathVariable long id) {
    return measures.dependencies(id);
  }

  @PostMapping("/api/v1/measures/{id}/predecessors")
  @Operation(
      summary =
          "Add a predecessor (same version); a dependency that would close a cycle is refused and named")
  ResponseEntity<DependencyView> addPredecessor(
      @PathVariable long id, @RequestBody PredecessorInput input) {
    return ResponseEntity.status(201).body(measures.addPredecessor(id, input.predecessorId()));
  }

  @DeleteMapping("/api/v1/measures/{id}/predecessors/{predecessorId}")
  ResponseEntity<Void> removePredecessor(@PathVariable long id, @PathVariable long predecessorId) {
    measures.removePredecessor(id, predecessorId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/measures/{id}/history")
  List<AuditLog.Entry> history(@PathVariable long id) {
    return measures.history(id);
  }
}
