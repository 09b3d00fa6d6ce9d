package de.fahrplan.plan.web;

import de.fahrplan.plan.BudgetStatusInput;
import de.fahrplan.plan.Dependencies;
import de.fahrplan.plan.DependencyView;
import de.fahrplan.plan.ExecutionInput;
import de.fahrplan.plan.Horizon;
import de.fahrplan.plan.MeasureDeletions;
import de.fahrplan.plan.MeasureFilter;
import de.fahrplan.plan.MeasureInput;
import de.fahrplan.plan.MeasureSearch;
import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.MilestoneInput;
import de.fahrplan.plan.MilestoneView;
import de.fahrplan.plan.Milestones;
import de.fahrplan.plan.ParticipantInput;
import de.fahrplan.plan.ParticipantView;
import de.fahrplan.plan.Participants;
import de.fahrplan.plan.PartnerInput;
import de.fahrplan.plan.PartnerView;
import de.fahrplan.plan.PriorityClass;
import de.fahrplan.plan.ResourceInput;
import de.fahrplan.plan.ResourceView;
import de.fahrplan.plan.Resources;
import de.fahrplan.plan.RollUp;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import de.fahrplan.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Maßnahmen", description = "Measures of a strategy version")
class MeasureApi {

  private final Measures measures;
  private final MeasureSearch search;
  private final Dependencies dependencies;
  private final Resources resources;
  private final Milestones milestones;
  private final Participants participants;
  private final MeasureDeletions deletions;

  MeasureApi(
      Measures measures,
      MeasureSearch search,
      Dependencies dependencies,
      Resources resources,
      Milestones milestones,
      Participants participants,
      MeasureDeletions deletions) {
    this.deletions = deletions;
    this.measures = measures;
    this.search = search;
    this.dependencies = dependencies;
    this.resources = resources;
    this.milestones = milestones;
    this.participants = participants;
  }

  @GetMapping("/api/v1/measures")
  @Operation(
      summary =
          "Measures of a strategy version (default: the one in force, else the newest), filtered")
  PageResponse<MeasureListItem> list(
      @RequestParam(required = false) Long strategyVersion,
      @Parameter(description = "Text in code or title") @RequestParam(required = false) String q,
      @RequestParam(required = false) MeasureStatus status,
      @RequestParam(required = false) Long goal,
      @RequestParam(required = false) Horizon horizon,
      @RequestParam(required = false) Long orgUnit,
      @Parameter(description = "Only measures that plan staff or money in this budget year")
          @RequestParam(required = false)
          Integer budgetYear,
      @Parameter(
              description =
                  "Only overdue measures: a milestone not reached by its date, or open past the"
                      + " planned end")
          @RequestParam(defaultValue = "false")
          boolean overdue,
      @Parameter(description = "Effective priority class (set by hand, else derived)")
          @RequestParam(required = false)
          PriorityClass priority,
      @RequestParam(required = false) String tag,
      @Parameter(description = "CODE (as text), PRIORITY, END (planned end) or TITLE")
          @RequestParam(defaultValue = "CODE")
          MeasureFilter.SortOrder sort,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    MeasureFilter filter =
        new MeasureFilter(
            q, status, goal, horizon, orgUnit, budgetYear, overdue, priority, tag, sort);
    MeasureSearch.LinkedPage found =
        search.linkedPage(strategyVersion, filter, Paging.of(page, size, Sort.unsorted()));
    return PageResponse.of(found.measures(), m -> MeasureListItem.of(m, found.links().get(m.id())));
  }

  @GetMapping("/api/v1/measures/{id}")
  MeasureView get(@PathVariable long id) {
    return measures.get(id);
  }

  @PostMapping("/api/v1/strategy-versions/{id}/measures")
  ResponseEntity<MeasureView> create(@PathVariable long id, @RequestBody MeasureInput input) {
    MeasureView m = measures.create(id, input);
    return ResponseEntity.created(URI.create("/api/v1/measures/" + m.id())).body(m);
  }

  @PostMapping("/api/v1/strategy-versions/{id}/unplanned-measures")
  @Operation(
      summary =
          "Add an unplanned measure (überplanmäßig) to the version in force: marked so everywhere,"
              + " its content editable, taken over by the next Fortschreibung")
  ResponseEntity<MeasureView> addUnplanned(@PathVariable long id, @RequestBody MeasureInput input) {
    MeasureView m = measures.addUnplanned(id, input);
    return ResponseEntity.created(URI.create("/api/v1/measures/" + m.id())).body(m);
  }

  @PutMapping("/api/v1/measures/{id}")
  MeasureView update(@PathVariable long id, IfMatch ifMatch, @RequestBody MeasureInput input) {
    return measures.update(id, ifMatch.version(), input);
  }

  @DeleteMapping("/api/v1/measures/{id}")
  ResponseEntity<Void> delete(@PathVariable long id, IfMatch ifMatch) {
    deletions.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/api/v1/measures/{id}/execution")
  @Operation(
      summary =
          "Execution state of a measure of the version in force: status (DEFERRED and CANCELLED"
              + " with statusReason), actualStart, actualEnd, comment (in the history)")
  MeasureView changeExecution(
      @PathVariable long id, IfMatch ifMatch, @RequestBody ExecutionInput input) {
    return measures.changeExecution(id, ifMatch.version(), input);
  }

  @PutMapping("/api/v1/resource-entries/{id}/budget-status")
  @Operation(
      summary =
          "The budget decision on one budget year of a measure of the version in force"
              + " (PLANNED, REGISTERED, APPROVED, REJECTED), with a comment for the history")
  ResourceView changeBudgetStatus(
      @PathVariable long id, IfMatch ifMatch, @RequestBody BudgetStatusInput input) {
    return resources.changeBudgetStatus(id, ifMatch.version(), input);
  }

  @GetMapping("/api/v1/measures/{id}/milestones")
  PageResponse<MilestoneView> milestones(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(milestones.of(id), page, size);
  }

  @PostMapping("/api/v1/measures/{id}/milestones")
  ResponseEntity<MilestoneView> addMilestone(
      @PathVariable long id, @RequestBody MilestoneInput input) {
    MilestoneView m = milestones.add(id, input);
    return ResponseEntity.created(URI.create("/api/v1/milestones/" + m.id())).body(m);
  }

  @PutMapping("/api/v1/milestones/{id}")
  MilestoneView updateMilestone(
      @PathVariable long id, IfMatch ifMatch, @RequestBody MilestoneInput input) {
    return milestones.update(id, ifMatch.version(), input);
  }

  @DeleteMapping("/api/v1/milestones/{id}")
  ResponseEntity<Void> deleteMilestone(@PathVariable long id, IfMatch ifMatch) {
    milestones.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/measures/{id}/resources")
  PageResponse<ResourceView> resources(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(resources.of(id), page, size);
  }

  @PostMapping("/api/v1/measures/{id}/resources")
  @Operation(summary = "Staff and money of the measure in one budget year (one entry per year)")
  ResponseEntity<ResourceView> addResource(
      @PathVariable long id, @RequestBody ResourceInput input) {
    ResourceView r = resources.add(id, input);
    return ResponseEntity.created(URI.create("/api/v1/resource-entries/" + r.id())).body(r);
  }

  @PutMapping("/api/v1/resource-entries/{id}")
  ResourceView updateResource(
      @PathVariable long id, IfMatch ifMatch, @RequestBody ResourceInput input) {
    return resources.update(id, ifMatch.version(), input);
  }

  @DeleteMapping("/api/v1/resource-entries/{id}")
  ResponseEntity<Void> deleteResource(@PathVariable long id, IfMatch ifMatch) {
    resources.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  /** A new predecessor of a measure. */
  record PredecessorInput(Long predecessorId) {}

  @GetMapping("/api/v1/measures/{id}/dependencies")
  @Operation(
      summary =
          "Predecessors and successors (finish-to-start); conflict = successor starts before predecessor ends")
  PageResponse<DependencyView> dependencies(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(dependencies.of(id), page, size);
  }

  @PostMapping("/api/v1/measures/{id}/predecessors")
  @Operation(
      summary =
          "Add a predecessor (same version); a dependency that would close a cycle is refused and named")
  ResponseEntity<DependencyView> addPredecessor(
      @PathVariable long id, @RequestBody PredecessorInput input) {
    return ResponseEntity.status(201).body(dependencies.addPredecessor(id, input.predecessorId()));
  }

  @DeleteMapping("/api/v1/measures/{id}/predecessors/{predecessorId}")
  ResponseEntity<Void> removePredecessor(@PathVariable long id, @PathVariable long predecessorId) {
    dependencies.removePredecessor(id, predecessorId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/measures/{id}/sub-projects")
  @Operation(summary = "Direct sub-projects (child measures)")
  PageResponse<MeasureView> subProjects(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(measures.subProjects(id), page, size);
  }

  @GetMapping("/api/v1/measures/{id}/roll-up")
  @Operation(
      summary =
          "The measure with all sub-projects: milestones reached of all, staff and money per budget year summed")
  RollUp rollUp(@PathVariable long id) {
    return measures.rollUp(id);
  }

  @GetMapping("/api/v1/measures/{id}/participants")
  @Operation(summary = "Further participants with RACI role (org unit, person or Organization)")
  PageResponse<ParticipantView> participants(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(participants.participants(id), page, size);
  }

  @PostMapping("/api/v1/measures/{id}/participants")
  ResponseEntity<ParticipantView> addParticipant(
      @PathVariable long id, @RequestBody ParticipantInput input) {
    ParticipantView p = participants.addParticipant(id, input);
    return ResponseEntity.created(URI.create("/api/v1/participants/" + p.id())).body(p);
  }

  @GetMapping("/api/v1/participants/{id}")
  ParticipantView participant(@PathVariable long id) {
    return participants.participant(id);
  }

  @DeleteMapping("/api/v1/participants/{id}")
  ResponseEntity<Void> removeParticipant(@PathVariable long id, IfMatch ifMatch) {
    participants.removeParticipant(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/measures/{id}/partners")
  @Operation(summary = "Partners of an intermunicipal measure with their cost shares (percent)")
  PageResponse<PartnerView> partners(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(participants.partners(id), page, size);
  }

  @PostMapping("/api/v1/measures/{id}/partners")
  @Operation(
      summary =
          "Add a partner: another municipality (partnerBodyId) or a named body; shares may not exceed 100 %")
  ResponseEntity<PartnerView> addPartner(@PathVariable long id, @RequestBody PartnerInput input) {
    PartnerView p = participants.addPartner(id, input);
    return ResponseEntity.created(URI.create("/api/v1/partners/" + p.id())).body(p);
  }

  @GetMapping("/api/v1/partners/{id}")
  PartnerView partner(@PathVariable long id) {
    return participants.partner(id);
  }

  @DeleteMapping("/api/v1/partners/{id}")
  ResponseEntity<Void> removePartner(@PathVariable long id, IfMatch ifMatch) {
    participants.removePartner(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/measures/{id}/history")
  List<AuditLog.Entry> history(@PathVariable long id) {
    return measures.history(id);
  }
}
