package de.fahrplan.plan.web;

import de.fahrplan.documents.Format;
import de.fahrplan.plan.StrategyDocuments;
import de.fahrplan.shared.security.MemberOnly;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The strategy document of a version, for council information systems and document archives. */
@RestController
@MemberOnly
@RequestMapping("/api/v1")
@Tag(name = "Strategie")
class StrategyDocumentApi {

  private final StrategyDocuments documents;

  StrategyDocumentApi(StrategyDocuments documents) {
    this.documents = documents;
  }

  @GetMapping(value = "/strategy-versions/{id}/document.pdf", produces = "application/pdf")
  @Operation(
      summary =
          "The strategy document of a version as tagged PDF (PDF/UA-1): Zielbild, fields of"
              + " action, goals with indicators, measures, milestones, resources, time plan; a"
              + " draft says Entwurf on every page")
  ResponseEntity<byte[]> strategyDocumentPdf(@PathVariable long id) {
    return documents.file(id, Format.PDF).asAttachment();
  }

  @GetMapping(
      value = "/strategy-versions/{id}/document.odt",
      produces = "application/vnd.oasis.opendocument.text")
  @Operation(summary = "The strategy document as OpenDocument text")
  ResponseEntity<byte[]> strategyDocumentOdt(@PathVariable long id) {
    return documents.file(id, Format.ODT).asAttachment();
  }

  @GetMapping(
      value = "/strategy-versions/{id}/document.docx",
      produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
  @Operation(summary = "The strategy document as Word document")
  ResponseEntity<byte[]> strategyDocumentDocx(@PathVariable long id) {
    return documents.file(id, Format.DOCX).asAttachment();
  }
}
