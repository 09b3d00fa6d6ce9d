package de.fahrplan.reporting.web;

import de.fahrplan.documents.Format;
import de.fahrplan.reporting.ProgressReports;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The archive of progress reports per strategy and their downloads. */
@Controller
@MemberOnly
class ProgressReportController {

  private final ProgressReports reports;
  private final Strategies strategies;

  ProgressReportController(ProgressReports reports, Strategies strategies) {
    this.reports = reports;
    this.strategies = strategies;
  }

  @GetMapping("/strategies/{id}/progress-reports")
  String archive(@PathVariable long id, Model model) {
    model.addAttribute("strategy", strategies.get(id));
    model.addAttribute("reports", reports.archive(id));
    return "reporting/reports";
  }

  @GetMapping("/progress-reports/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    return reports.file(id, Format.PDF).asAttachment();
  }

  @GetMapping("/progress-reports/{id}.odt")
  ResponseEntity<byte[]> odt(@PathVariable long id) {
    return reports.file(id, Format.ODT).asAttachment();
  }

  @GetMapping("/progress-reports/{id}.docx")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    return reports.file(id, Format.DOCX).asAttachment();
  }
}
