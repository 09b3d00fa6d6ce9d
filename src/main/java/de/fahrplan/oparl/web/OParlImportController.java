package de.fahrplan.oparl.web;

import de.fahrplan.oparl.ImportSettings;
import de.fahrplan.oparl.ImportStatus;
import de.fahrplan.oparl.OParlImports;
import de.fahrplan.organisation.Choices;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration's page for the import from the Ratsinformationssystem: settings, start and cancel,
 * progress and the last runs, the committee mapping, and each run's report.
 */
@Controller
@AdminOnly
@RequestMapping("/imports/oparl")
class OParlImportController {

  private static final String PAGE = "/imports/oparl";
  private static final String COMMITTEE = "committee-";

  private final OParlImports imports;
  private final Choices choices;
  private final Clock clock;

  OParlImportController(OParlImports imports, Choices choices, Clock clock) {
    this.imports = imports;
    this.choices = choices;
    this.clock = clock;
  }

  @GetMapping
  String page(Model model) {
    ImportStatus status = imports.status();
    model.addAttribute(
        "form", status.settings() == null ? new ImportSettings() : status.settings());
    return show(model, status);
  }

  private String show(Model model, ImportStatus status) {
    model.addAttribute("status", status);
    model.addAttribute("now", clock.instant());
    model.addAttribute("committees", imports.committees());
    model.addAttribute("organizations", choices.organizations());
    return "oparl/import";
  }

  @PostMapping
  String save(
      @ModelAttribute("form") ImportSettings form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (FormErrors.trySave(
        () -> imports.save(form),
        result,
        model,
        imports.status().settings(),
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:" + PAGE;
    }
    return show(model, imports.status());
  }

  @PostMapping("/run")
  String start(@RequestParam(defaultValue = "false") boolean full, RedirectAttributes redirect) {
    return Flash.after(PAGE, redirect, () -> imports.start(full), "oparlImport.started");
  }

  @PostMapping("/cancel")
  String cancel(RedirectAttributes redirect) {
    return Flash.after(PAGE, redirect, imports::cancel, "oparlImport.cancelRequested");
  }

  /** The mapping step: one select per RIS committee, named {@code committee-<mapping id>}. */
  @PostMapping("/committees")
  String map(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
    Map<Long, Long> chosen = new HashMap<>();
    params.forEach(
        (name, value) -> {
          if (name.startsWith(COMMITTEE)) {
            try {
              chosen.put(
                  Long.valueOf(name.substring(COMMITTEE.length())),
                  value.isBlank() ? null : Long.valueOf(value));
            } catch (NumberFormatException e) {
              throw new InvalidInputException(name, "validation.typeMismatch");
            }
          }
        });
    return Flash.after(PAGE, redirect, () -> imports.mapCommittees(chosen), "form.saved");
  }

  @GetMapping("/runs/{id}")
  String report(@PathVariable long id, Model model) {
    model.addAttribute("run", imports.run(id));
    model.addAttribute("problems", imports.problems(id));
    model.addAttribute("now", clock.instant());
    return "oparl/import-run";
  }
}
