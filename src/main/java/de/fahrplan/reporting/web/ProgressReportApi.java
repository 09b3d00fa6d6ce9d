package de.fahrplan.reporting.web;

import de.fahrplan.documents.Format;
import de.fahrplan.reporting.Dashboard;
import de.fahrplan.reporting.Dashboards;
import de.fahrplan.reporting.ProgressReportView;
import de.fahrplan.reporting.ProgressReports;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
    name = "Fortschrittsberichte",
    description =
        "Dashboard of a strategy version and the frozen progress reports of closed rounds")
class ProgressReportApi {

  private final ProgressReports reports;
  private final Dashboards dashboards;
  private final Clock clock;

  ProgressReportApi(ProgressReports reports, Dashboards dashboards, Clock clock) {
    this.reports = reports;
    this.dashboards = dashboards;
    this.clock = clock;
  }

  @GetMapping("/strategies/{id}/progress-reports")
  @Operation(summary = "The archive: every progress report of the strategy, newest first")
  PageResponse<ProgressReportView> archive(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(reports.archive(id), page, size);
  }

  @GetMapping("/progress-reports/{id}")
  ProgressReportView report(@PathVariable long id) {
    return reports.get(id);
  }

  @PostMapping("/progress-reports/{id}/approval")
  @Operation(
      summary =
          "Approve (Freigabe) the report, naming the person who approved it (personId) and the day"
              + " (approvedOn, not in the future); once, in its history; every file then says it")
  ProgressReportView approve(
      @PathVariable long id, IfMatch ifMatch, @RequestBody ProgressReports.ApprovalInput input) {
    return reports.approve(id, ifMatch.version(), input);
  }

  @GetMapping(value = "/progress-reports/{id}.pdf", produces = "application/pdf")
  @Operation(summary = "The progress report as tagged PDF (PDF/UA-1)")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    return reports.file(id, Format.PDF).asAttachment();
  }

  @GetMapping(
      value = "/progress-reports/{id}.odt",
      produces = "application/vnd.oasis.opendocument.text")
  @Operation(
      summary = "The progress report as OpenDocument text, to edit before it goes to council")
  ResponseEntity<byte[]> odt(@PathVariable long id) {
    return reports.file(id, Format.ODT).asAttachment();
  }

  @GetMapping(
      value = "/progress-reports/{id}.docx",
      produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
  @Operation(summary = "The progress report as Word document")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    return reports.file(id, Format.DOCX).asAttachment();
  }

  @GetMapping("/strategy-versions/{id}/dashboard")
  @Operation(
      summary =
          "Dashboard as of a round (default: the newest closed one): health by goal, field of action"
              + " and org unit, trend, overdue milestones, budget, decisions, indicators")
  Dashboard dashboard(@PathVariable long id, @RequestParam(required = false) Long round) {
    return dashboards
        .of(id, round, LocalDate.now(clock))
        .orElseThrow(() -> new NotFoundException("ReportingRound"));
  }
}
