package de.fahrplan.plan.web;

import de.fahrplan.documents.Format;
import de.fahrplan.plan.StrategyDocuments;
import de.fahrplan.shared.security.MemberOnly;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The strategy document's downloads on the version page. */
@Controller
@MemberOnly
class StrategyDocumentController {

  private final StrategyDocuments documents;

  StrategyDocumentController(StrategyDocuments documents) {
    this.documents = documents;
  }

  @GetMapping("/strategy-versions/{id}/document.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    return documents.file(id, Format.PDF).asAttachment();
  }

  @GetMapping("/strategy-versions/{id}/document.odt")
  ResponseEntity<byte[]> odt(@PathVariable long id) {
    return documents.file(id, Format.ODT).asAttachment();
  }

  @GetMapping("/strategy-versions/{id}/document.docx")
  ResponseEntity<byte[]> docx(@PathVariable long id) {
    return documents.file(id, Format.DOCX).asAttachment();
  }
}
