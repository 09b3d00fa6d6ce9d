package de.fahrplan.plan.web;

import de.fahrplan.plan.MeasureColumns;
import de.fahrplan.plan.MeasureImport;
import de.fahrplan.plan.MeasureImportPreview;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a measure list into a draft: upload, map the columns, see every row's errors, import
 * all or nothing. The upload waits in the session (stored in the database, any node continues).
 */
@Controller
@MemberOnly
class MeasureImportController {

  /** The uploaded file while the user maps and checks it. */
  record Upload(long versionId, String filename, byte[] bytes) implements Serializable {}

  static final String UPLOAD = "fahrplan.measureImport.upload";
  static final String PREVIEW = "fahrplan.measureImport.preview";

  private final MeasureImport imports;
  private final Strategies strategies;

  MeasureImportController(MeasureImport imports, Strategies strategies) {
    this.imports = imports;
    this.strategies = strategies;
  }

  @CoordinationOnly
  @GetMapping("/strategy-versions/{id}/measure-import")
  String form(@PathVariable long id, Model model, RedirectAttributes redirect) {
    if (!strategies.version(id).editable()) {
      return PlanController.readOnly(redirect, "/strategy-versions/" + id + "/plan");
    }
    model.addAttribute("strategyVersion", strategies.version(id));
    return "plan/measure-import";
  }

  @PostMapping("/strategy-versions/{id}/measure-import")
  String upload(
      @PathVariable long id,
      @RequestParam(required = false) MultipartFile file,
      HttpSession session,
      Model model)
      throws IOException {
    model.addAttribute("strategyVersion", strategies.version(id));
    if (file == null || file.isEmpty()) {
      model.addAttribute(
          "fileErrors",
          List.of(new InvalidInputException.Violation("file", "import.fileRequired")));
      return "plan/measure-import";
    }
    Upload upload = new Upload(id, file.getOriginalFilename(), file.getBytes());
    session.setAttribute(UPLOAD, upload);
    return preview(upload, null, session, model);
  }

  @PostMapping("/strategy-versions/{id}/measure-import/mapping")
  String remap(
      @PathVariable long id,
      @RequestParam Map<String, String> params,
      HttpSession session,
      Model model) {
    model.addAttribute("strategyVersion", strategies.version(id));
    if (!(session.getAttribute(UPLOAD) instanceof Upload upload) || upload.versionId() != id) {
      return expired(model);
    }
    Map<String, Integer> mapping = new LinkedHashMap<>();
    for (String field : MeasureColumns.FIELDS) {
      String value = params.get("map_" + field);
      if (value != null && !value.isBlank()) {
        mapping.put(field, Integer.valueOf(value));
      }
    }
    return preview(upload, mapping, session, model);
  }

  @PostMapping("/strategy-versions/{id}/measure-import/apply")
  String apply(
      @PathVariable long id, HttpSession session, Model model, RedirectAttributes redirect) {
    model.addAttribute("strategyVersion", strategies.version(id));
    if (!(session.getAttribute(PREVIEW) instanceof MeasureImportPreview preview)
        || preview.versionId() != id) {
      return expired(model);
    }
    try {
      MeasureImport.Result result = imports.apply(preview);
      session.removeAttribute(PREVIEW);
      session.removeAttribute(UPLOAD);
      redirect.addFlashAttribute(
          "importDone",
          new int[] {result.created() + result.updated(), result.created(), result.updated()});
      return "redirect:/strategy-versions/" + id + "/plan";
    } catch (InvalidInputException e) {
      model.addAttribute("preview", preview);
      model.addAttribute("fields", MeasureColumns.FIELDS);
      model.addAttribute("applyErrors", e.violations());
      return "plan/measure-import-preview";
    }
  }

  private String preview(
      Upload upload, Map<String, Integer> mapping, HttpSession session, Model model) {
    try {
      MeasureImportPreview preview =
          imports.preview(upload.versionId(), upload.filename(), upload.bytes(), mapping);
      session.setAttribute(PREVIEW, preview);
      model.addAttribute("preview", preview);
      model.addAttribute("fields", MeasureColumns.FIELDS);
      model.addAttribute("filename", upload.filename());
      model.addAttribute("unmapped", imports.unmappedLabels(preview));
      return "plan/measure-import-preview";
    } catch (InvalidInputException e) {
      model.addAttribute("fileErrors", e.violations());
      return "plan/measure-import";
    }
  }

  private static String expired(Model model) {
    model.addAttribute(
        "fileErrors", List.of(new InvalidInputException.Violation("file", "import.expired")));
    return "plan/measure-import";
  }
}
