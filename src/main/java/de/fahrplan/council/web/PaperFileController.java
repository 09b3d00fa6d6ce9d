package de.fahrplan.council.web;

import de.fahrplan.council.DecisionPapers;
import de.fahrplan.council.GeneratedPapers;
import de.fahrplan.council.PaperDocuments;
import de.fahrplan.council.PaperView;
import de.fahrplan.council.ReportPapers;
import de.fahrplan.documents.Format;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.CoordinationOnly;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Papers as files, and papers generated from the plan and from progress reports. */
@Controller
@RequestMapping("/papers")
class PaperFileController {

  private final PaperDocuments documents;
  private final GeneratedPapers generated;
  private final ReportPapers reportPapers;
  private final DecisionPapers decisionPapers;

  PaperFileController(
      PaperDocuments documents,
      GeneratedPapers generated,
      ReportPapers reportPapers,
      DecisionPapers decisionPapers) {
    this.documents = documents;
    this.generated = generated;
    this.reportPapers = reportPapers;
    this.decisionPapers = decisionPapers;
  }

  /** The Beschlussvorlage for the decision a status update asks for (from the Lagebild). */
  @CoordinationOnly
  @PostMapping("/from-status-update")
  String fromStatusUpdate(
      @RequestParam(required = false) Long updateId, RedirectAttributes redirect) {
    return generate(
        redirect, "updateId", updateId, () -> decisionPapers.fromStatusUpdate(updateId));
  }

  /** The Beschlussvorlage for adopting a draft version, generated from the live plan. */
  @CoordinationOnly
  @PostMapping("/from-strategy-version")
  String fromStrategyVersion(
      @RequestParam(required = false) Long versionId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate inForceFrom,
      RedirectAttributes redirect) {
    return generate(
        redirect,
        "versionId",
        versionId,
        () -> generated.fromStrategyVersion(versionId, inForceFrom));
  }

  /** Generates a paper from what {@code source} names and opens it, or says what was wrong. */
  private static String generate(
      RedirectAttributes redirect,
      String field,
      Long source,
      java.util.function.Supplier<PaperView> generate) {
    try {
      if (source == null) {
        throw new InvalidInputException(field, "validation.required");
      }
      PaperView p = generate.get();
      redirect.addFlashAttribute("flash", "paper.generated");
      return "redirect:/papers/" + p.id();
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.violations().get(0));
      return "redirect:/papers";
    }
  }

  /** The Mitteilungsvorlage of a frozen progress report. */
  @CoordinationOnly
  @PostMapping("/from-progress-report")
  String fromProgressReport(
      @RequestParam(required = false) Long reportId, RedirectAttributes redirect) {
    return generate(
        redirect, "reportId", reportId, () -> reportPapers.fromProgressReport(reportId, null));
  }

  @GetMapping("/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    return documents.file(id, Format.PDF).asAttachment();
  }

  @GetMapping("/{id}.odt")
  ResponseEntity<byte[]> odt(@PathVariable long id) {
    return documents.file(id, Format.ODT).asAttachment();
  }

  @GetMapping("/{id}.docx")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    return documents.file(id, Format.DOCX).asAttachment();
  }
}
