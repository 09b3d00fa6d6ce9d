package de.fahrplan.plan.web;

import de.fahrplan.plan.CriterionAxis;
import de.fahrplan.plan.CriterionView;
import de.fahrplan.plan.PlanSettings;
import de.fahrplan.plan.PlanSettingsInput;
import de.fahrplan.plan.PlanSettingsView;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.FormErrors;
import java.util.ArrayList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Horizon thresholds and priority criteria: everyone reads them, the coordination sets them. */
@Controller
@MemberOnly
class PlanSettingsController {

  /** Settings form; two empty criterion rows for new criteria. */
  static class SettingsForm extends PlanSettingsInput {
    public Long version;
  }

  static final int EMPTY_ROWS = 2;

  private final PlanSettings settings;

  PlanSettingsController(PlanSettings settings) {
    this.settings = settings;
  }

  @GetMapping("/plan-settings")
  String page(Model model) {
    PlanSettingsView current = settings.current();
    SettingsForm form = Inputs.fill(current, new SettingsForm(), "criteria");
    form.criteria = new ArrayList<>();
    for (CriterionView c : current.criteria()) {
      PlanSettingsInput.CriterionInput row = new PlanSettingsInput.CriterionInput();
      row.key = c.key();
      row.name = c.name();
      row.axis = c.axis();
      row.weight = c.weight();
      form.criteria.add(row);
    }
    model.addAttribute("form", form);
    return page(model, form);
  }

  @PostMapping("/plan-settings")
  String save(
      @ModelAttribute("form") SettingsForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (FormErrors.trySave(
        () -> settings.update(form.version, form),
        result,
        model,
        settings.current(),
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/plan-settings";
    }
    return page(model, form);
  }

  private String page(Model model, SettingsForm form) {
    while (form.criteria.stream().filter(c -> c.key == null && c.name == null).count()
        < EMPTY_ROWS) {
      form.criteria.add(new PlanSettingsInput.CriterionInput());
    }
    model.addAttribute("axes", CriterionAxis.values());
    model.addAttribute(
        "builtIn", PlanSettings.DEFAULT_CRITERIA.stream().map(CriterionView::key).toList());
    return "plan/settings";
  }
}
