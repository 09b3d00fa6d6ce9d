package de.fahrplan.plan.web;

import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.plan.MeasureColumns;
import de.fahrplan.plan.MeasureImport;
import de.fahrplan.plan.MeasureImportPreview;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.tabular.TableReader;
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
  private final OrgUnits orgUnits;

  MeasureImportController(MeasureImport imports, Strategies strategies, OrgUnits orgUnits) {
    this.imports = imports;
    this.strategies = strategies;
    this.orgUnits = orgUnits;
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
    return preview(upload, MeasureImport.Choices.GUESSED, session, model);
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
    Map<String, Integer> mapping = mapping(params);
    Map<String, String> units = unitChoices(params, session);
    // another sheet has its own header line and columns, another header line other columns: they
    // are found and guessed again
    Integer sheet = number(params.get("sheet"));
    boolean sameSheet =
        !(session.getAttribute(PREVIEW) instanceof MeasureImportPreview last)
            || sheet == null
            || sheet == last.sheet();
    Integer headerLine = sameSheet ? number(params.get("headerLine")) : null;
    boolean sameTable =
        session.getAttribute(PREVIEW) instanceof MeasureImportPreview last
            && sameSheet
            && (headerLine == null || headerLine == last.headerLine());
    return preview(
        upload,
        new MeasureImport.Choices(
            sameTable ? mapping : null, new TableReader.Layout(sheet, headerLine), units),
        session,
        model);
  }

  /** The column the user chose for each field (a field without one is not imported). */
  private static Map<String, Integer> mapping(Map<String, String> params) {
    Map<String, Integer> mapping = new LinkedHashMap<>();
    for (String field : MeasureColumns.FIELDS) {
      Integer column = number(params.get("map_" + field));
      if (column != null) {
        mapping.put(field, column);
      }
    }
    return mapping;
  }

  /** The org unit the user chose for each unknown unit of the last preview. */
  private static Map<String, String> unitChoices(Map<String, String> params, HttpSession session) {
    Map<String, String> units = new LinkedHashMap<>();
    if (session.getAttribute(PREVIEW) instanceof MeasureImportPreview last) {
      for (int i = 0; i < last.unknownUnits().size(); i++) {
        String choice = params.get("unit_" + i);
        if (choice != null && !choice.isBlank()) {
          units.put(last.unknownUnits().get(i), choice);
        }
      }
    }
    return units;
  }

  private static Integer number(String text) {
    try {
      return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
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
          new int[] {
            result.created() + result.updated(),
            result.created(),
            result.updated(),
            result.unchanged()
          });
      return "redirect:/strategy-versions/" + id + "/plan";
    } catch (InvalidInputException e) {
      previewModel(preview, model);
      model.addAttribute("applyErrors", e.violations());
      return "plan/measure-import-preview";
    }
  }

  private String preview(
      Upload upload, MeasureImport.Choices choices, HttpSession session, Model model) {
    try {
      MeasureImportPreview preview =
          imports.preview(upload.versionId(), upload.filename(), upload.bytes(), choices);
      session.setAttribute(PREVIEW, preview);
      previewModel(preview, model);
      model.addAttribute("filename", upload.filename());
      return "plan/measure-import-preview";
    } catch (InvalidInputException e) {
      model.addAttribute("fileErrors", e.violations());
      return "plan/measure-import";
    }
  }

  private void previewModel(MeasureImportPreview preview, Model model) {
    model.addAttribute("preview", preview);
    model.addAttribute("fields", MeasureColumns.FIELDS);
    model.addAttribute("amountFields", MeasureColumns.AMOUNTS);
    model.addAttribute("unmapped", imports.unmappedLabels(preview));
    if (!preview.unknownUnits().isEmpty()) {
      model.addAttribute("orgUnits", orgUnits.tree());
      model.addAttribute("mayCreateUnits", TenantContext.hasAnyRole(Role.ADMIN));
    }
  }

  private static String expired(Model model) {
    model.addAttribute(
        "fileErrors", List.of(new InvalidInputException.Violation("file", "import.expired")));
    return "plan/measure-import";
  }
}
