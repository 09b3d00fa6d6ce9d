package de.fahrplan.council.web;

import de.fahrplan.council.ConsultationInput;
import de.fahrplan.council.ConsultationView;
import de.fahrplan.council.Consultations;
import de.fahrplan.council.CouncilSettings;
import de.fahrplan.council.CouncilSettingsInput;
import de.fahrplan.council.CouncilSettingsView;
import de.fahrplan.council.DecisionPapers;
import de.fahrplan.council.GeneratedPapers;
import de.fahrplan.council.PaperDocuments;
import de.fahrplan.council.PaperFilter;
import de.fahrplan.council.PaperInput;
import de.fahrplan.council.PaperList;
import de.fahrplan.council.PaperState;
import de.fahrplan.council.PaperView;
import de.fahrplan.council.Papers;
import de.fahrplan.council.ReportPapers;
import de.fahrplan.council.ResultInput;
import de.fahrplan.council.Supplements;
import de.fahrplan.documents.Format;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import de.fahrplan.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@Tag(name = "Vorlagen", description = "Council papers (OParl Paper) and their Beratungsfolge")
class PaperApi {

  private final Papers papers;
  private final PaperList paperList;
  private final Consultations consultations;
  private final PaperDocuments documents;
  private final CouncilSettings settings;
  private final GeneratedPapers generated;
  private final ReportPapers reportPapers;
  private final DecisionPapers decisionPapers;
  private final Supplements supplements;

  PaperApi(
      Papers papers,
      PaperList paperList,
      Consultations consultations,
      PaperDocuments documents,
      CouncilSettings settings,
      GeneratedPapers generated,
      ReportPapers reportPapers,
      DecisionPapers decisionPapers,
      Supplements supplements) {
    this.supplements = supplements;
    this.decisionPapers = decisionPapers;
    this.generated = generated;
    this.reportPapers = reportPapers;
    this.papers = papers;
    this.paperList = paperList;
    this.consultations = consultations;
    this.documents = documents;
    this.settings = settings;
  }

  @GetMapping("/papers")
  @Operation(
      summary =
          "Papers, newest first; q searches number and subject, committee names an organization"
              + " in the Beratungsfolge")
  PageResponse<PaperView> listPapers(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) Long committee,
      @RequestParam(required = false) PaperState state,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(
        paperList.search(
            new PaperFilter(q, type, committee, state),
            Paging.of(page, size, Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id")))),
        p -> p);
  }

  @PostMapping("/papers")
  @Operation(summary = "Creates a paper; its number comes from the municipality's pattern")
  ResponseEntity<PaperView> createPaper(@RequestBody PaperInput input) {
    PaperView v = papers.create(input);
    return ResponseEntity.created(URI.create("/api/v1/papers/" + v.id())).body(v);
  }

  @PostMapping("/papers/from-strategy-version/{id}")
  @Operation(
      summary =
          "Generates the Beschlussvorlage that adopts a draft strategy version: proposal, Sachverhalt"
              + " (Zielbild, goals, changes against the version in force), money and staff per goal"
              + " and budget year, kept as computed now; inForceFrom defaults to 1 January of the"
              + " next year. The deciding committee's result ADOPTED adopts the version.")
  ResponseEntity<PaperView> createPaperFromStrategyVersion(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate inForceFrom) {
    PaperView v = generated.fromStrategyVersion(id, inForceFrom);
    return ResponseEntity.created(URI.create("/api/v1/papers/" + v.id())).body(v);
  }

  @PostMapping("/papers/from-status-update/{id}")
  @Operation(
      summary =
          "Generates the Beschlussvorlage for the decision a status update asks for: the decision"
              + " as Anlass and proposal, the measure's state in that round, its money and staff"
              + " per budget year (kept as computed now); one paper per status update")
  ResponseEntity<PaperView> createPaperFromStatusUpdate(@PathVariable long id) {
    PaperView v = decisionPapers.fromStatusUpdate(id);
    return ResponseEntity.created(URI.create("/api/v1/papers/" + v.id())).body(v);
  }

  @PostMapping("/papers/from-progress-report/{id}")
  @Operation(
      summary =
          "Generates the Mitteilungsvorlage of a frozen progress report: every figure from the"
              + " report's snapshot, the report as Anlage, the previous report paper named and its"
              + " Beratungsfolge as a start; date defaults to today")
  ResponseEntity<PaperView> createPaperFromProgressReport(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate date) {
    PaperView v = reportPapers.fromProgressReport(id, date);
    return ResponseEntity.created(URI.create("/api/v1/papers/" + v.id())).body(v);
  }

  @GetMapping("/papers/{id}")
  PaperView getPaper(@PathVariable long id) {
    return papers.get(id);
  }

  @PutMapping("/papers/{id}")
  @Operation(summary = "Changes a draft paper (refused once a committee has dealt with it)")
  PaperView updatePaper(@PathVariable long id, IfMatch ifMatch, @RequestBody PaperInput input) {
    return papers.update(id, ifMatch.version(), input);
  }

  @DeleteMapping("/papers/{id}")
  @Operation(summary = "Deletes a draft paper; its number is not given again")
  ResponseEntity<Void> deletePaper(@PathVariable long id, IfMatch ifMatch) {
    papers.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/papers/{id}/history")
  List<AuditLog.Entry> paperHistory(@PathVariable long id) {
    return papers.history(id);
  }

  @GetMapping(value = "/papers/{id}.pdf", produces = "application/pdf")
  @Operation(summary = "The paper as tagged PDF (PDF/UA-1); a draft says Entwurf on every page")
  ResponseEntity<byte[]> paperPdf(@PathVariable long id) {
    return documents.file(id, Format.PDF).asAttachment();
  }

  @GetMapping(value = "/papers/{id}.odt", produces = "application/vnd.oasis.opendocument.text")
  @Operation(summary = "The paper as OpenDocument text")
  ResponseEntity<byte[]> paperOdt(@PathVariable long id) {
    return documents.file(id, Format.ODT).asAttachment();
  }

  @GetMapping(
      value = "/papers/{id}.docx",
      produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
  @Operation(summary = "The paper as Word document")
  ResponseEntity<byte[]> paperDocx(@PathVariable long id) {
    return documents.file(id, Format.DOCX).asAttachment();
  }

  @GetMapping("/papers/{id}/consultations")
  @Operation(summary = "The paper's Beratungsfolge in order")
  PageResponse<ConsultationView> listConsultations(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(consultations.ofPaper(id), page, size);
  }

  @PostMapping("/papers/{id}/consultations")
  @Operation(summary = "Adds a step to the Beratungsfolge (at position, or at the end)")
  ResponseEntity<ConsultationView> addConsultation(
      @PathVariable long id, @RequestBody ConsultationInput input) {
    ConsultationView v = consultations.add(id, input);
    return ResponseEntity.created(URI.create("/api/v1/consultations/" + v.id())).body(v);
  }

  @GetMapping("/papers/{id}/supplements")
  @Operation(summary = "The paper's Ergänzungen, oldest first")
  PageResponse<PaperView> paperSupplements(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(supplements.of(id), page, size);
  }

  @PostMapping("/papers/{id}/supplements")
  @Operation(
      summary =
          "Creates an Ergänzung of a paper fixed by a committee's result: a new draft numbered"
              + " after it (VO/2026/00012-1), with its content and committees (without dates)")
  ResponseEntity<PaperView> createSupplement(@PathVariable long id) {
    PaperView v = supplements.create(id);
    return ResponseEntity.created(URI.create("/api/v1/papers/" + v.id())).body(v);
  }

  @PostMapping("/papers/{id}/consultations/from-type")
  @Operation(
      summary =
          "Starts the empty Beratungsfolge from the usual one of the paper's type (the"
              + " municipality's paper types): committees, public or not, roles; no dates")
  List<ConsultationView> startConsultationsFromType(@PathVariable long id) {
    return consultations.startFromType(id);
  }

  @GetMapping("/consultations/{id}")
  ConsultationView getConsultation(@PathVariable long id) {
    return consultations.get(id);
  }

  @PutMapping("/consultations/{id}")
  ConsultationView updateConsultation(
      @PathVariable long id, IfMatch ifMatch, @RequestBody ConsultationInput input) {
    return consultations.update(id, ifMatch.version(), input);
  }

  @DeleteMapping("/consultations/{id}")
  ResponseEntity<Void> deleteConsultation(@PathVariable long id, IfMatch ifMatch) {
    consultations.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/consultations/{id}/result")
  @Operation(
      summary =
          "Records the committee's result; the step and its paper are fixed from then on, and a"
              + " final result of the deciding step decides the paper")
  ConsultationView recordResult(
      @PathVariable long id, IfMatch ifMatch, @RequestBody ResultInput input) {
    return consultations.record(id, ifMatch.version(), input);
  }

  @GetMapping("/council-settings")
  @Operation(summary = "Number pattern, paper types and checkboxes of the municipality")
  CouncilSettingsView councilSettings() {
    return settings.current();
  }

  @PutMapping("/council-settings")
  CouncilSettingsView updateCouncilSettings(
      IfMatch ifMatch, @RequestBody CouncilSettingsInput input) {
    return settings.update(ifMatch.version(), input);
  }
}
