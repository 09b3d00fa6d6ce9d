package de.fahrplan.organisation.web;

import de.fahrplan.organisation.ImportKind;
import de.fahrplan.organisation.ImportPreview;
import de.fahrplan.organisation.OrganisationImport;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.AdminOnly;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload → preview with every row's errors → confirm. The preview waits in the session (stored in
 * the database, so any node can confirm it); confirming writes all rows or none.
 */
@Controller
@RequestMapping("/imports/organisation")
@AdminOnly
class ImportController {

  static final String PREVIEW = "fahrplan.orgImportPreview";

  private final OrganisationImport imports;

  ImportController(OrganisationImport imports) {
    this.imports = imports;
  }

  @GetMapping
  String form(Model model) {
    model.addAttribute("kinds", ImportKind.values());
    model.addAttribute("kind", ImportKind.ORG_UNITS);
    return "org/import";
  }

  @PostMapping("/preview")
  String preview(
      @RequestParam(defaultValue = "ORG_UNITS") ImportKind kind,
      @RequestParam(required = false) MultipartFile file,
      HttpSession session,
      Model model)
      throws IOException {
    model.addAttribute("kinds", ImportKind.values());
    model.addAttribute("kind", kind);
    try {
      if (file == null || file.isEmpty()) {
        throw new InvalidInputException("file", "import.fileRequired");
      }
      ImportPreview preview = imports.preview(kind, file.getOriginalFilename(), file.getBytes());
      session.setAttribute(PREVIEW, preview);
      model.addAttribute("preview", preview);
      model.addAttribute("filename", file.getOriginalFilename());
      return "org/import-preview";
    } catch (InvalidInputException e) {
      model.addAttribute("fileErrors", e.violations());
      return "org/import";
    }
  }

  @PostMapping("/apply")
  String apply(HttpSession session, Model model, RedirectAttributes redirect) {
    if (!(session.getAttribute(PREVIEW) instanceof ImportPreview preview)) {
      model.addAttribute("kinds", ImportKind.values());
      model.addAttribute("kind", ImportKind.ORG_UNITS);
      model.addAttribute(
          "fileErrors",
          java.util.List.of(new InvalidInputException.Violation("file", "import.expired")));
      return "org/import";
    }
    try {
      OrganisationImport.Result result = imports.apply(preview);
      session.removeAttribute(PREVIEW);
      redirect.addFlashAttribute(
          "importDone",
          new int[] {result.created() + result.updated(), result.created(), result.updated()});
      return preview.kind() == ImportKind.ORG_UNITS ? "redirect:/org-units" : "redirect:/persons";
    } catch (InvalidInputException e) {
      model.addAttribute("preview", preview);
      model.addAttribute("applyErrors", e.violations());
      return "org/import-preview";
    }
  }
}
