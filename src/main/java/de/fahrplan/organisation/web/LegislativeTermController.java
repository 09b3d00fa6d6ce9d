package de.fahrplan.organisation.web;

import de.fahrplan.organisation.LegislativeTermInput;
import de.fahrplan.organisation.LegislativeTermView;
import de.fahrplan.organisation.LegislativeTerms;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.security.AdminOnly;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
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

/** The council's Wahlperioden: a list, and a form for Administration. */
@Controller
@RequestMapping("/legislative-terms")
class LegislativeTermController {

  /** Form: the input plus the version the user started from. */
  static class LegislativeTermForm extends LegislativeTermInput {
    public Long version;
  }

  private final LegislativeTerms terms;

  LegislativeTermController(LegislativeTerms terms) {
    this.terms = terms;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("terms", terms.all());
    return "org/legislative-terms";
  }

  @AdminOnly
  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", new LegislativeTermForm());
    return form(model, null);
  }

  @AdminOnly
  @PostMapping
  String create(
      @ModelAttribute("form") LegislativeTermForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.tryCreate(() -> terms.create(form), result)
        .map(
            created -> {
              redirect.addFlashAttribute("flash", "form.saved");
              return "redirect:/legislative-terms";
            })
        .orElseGet(() -> form(model, null));
  }

  @AdminOnly
  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    LegislativeTermView t = terms.get(id);
    model.addAttribute("form", Inputs.fill(t, new LegislativeTermForm()));
    model.addAttribute("history", terms.history(id));
    return form(model, t);
  }

  @AdminOnly
  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") LegislativeTermForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    LegislativeTermView current = terms.get(id);
    if (FormErrors.trySave(
        () -> terms.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/legislative-terms";
    }
    model.addAttribute("history", terms.history(id));
    return form(model, current);
  }

  @AdminOnly
  @PostMapping("/{id}/delete")
  @ConfirmFirst(OrganisationQuestions.class)
  String delete(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    return Flash.after(
        "/legislative-terms",
        "/legislative-terms/" + id + "/edit",
        redirect,
        () -> terms.delete(id, version),
        "form.deleted");
  }

  private static String form(Model model, LegislativeTermView term) {
    model.addAttribute("term", term);
    return "org/legislative-term-form";
  }
}
