package de.fahrplan.plan.web;

import de.fahrplan.plan.BudgetStatus;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.MilestoneInput;
import de.fahrplan.plan.MilestoneView;
import de.fahrplan.plan.Milestones;
import de.fahrplan.plan.ResourceInput;
import de.fahrplan.plan.ResourceView;
import de.fahrplan.plan.Resources;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Milestones and the resource plan of a measure: add, change, remove. */
@Controller
@MemberOnly
class MeasurePartsController {

  /** Milestone form. */
  static class MilestoneForm extends MilestoneInput {
    public Long version;
  }

  /** Resource form. */
  static class ResourceForm extends ResourceInput {
    public Long version;
  }

  private final Measures measures;
  private final Resources resources;
  private final Milestones milestones;
  private final MessageSource messages;

  MeasurePartsController(
      Measures measures, Resources resources, Milestones milestones, MessageSource messages) {
    this.measures = measures;
    this.resources = resources;
    this.milestones = milestones;
    this.messages = messages;
  }

  @CoordinationOnly
  @GetMapping("/measures/{id}/milestones/new")
  String newMilestone(@PathVariable long id, Model model) {
    model.addAttribute("form", new MilestoneForm());
    return milestoneForm(model, measures.get(id), null);
  }

  @PostMapping("/measures/{id}/milestones")
  String addMilestone(
      @PathVariable long id,
      @ModelAttribute("form") MilestoneForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (FormErrors.trySave(() -> milestones.add(id, form), result, model, null, v -> {})) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/measures/" + id + "#milestones-heading";
    }
    return milestoneForm(model, measures.get(id), null);
  }

  @CoordinationOnly
  @GetMapping("/milestones/{id}/edit")
  String editMilestone(@PathVariable long id, Model model) {
    MilestoneView m = milestones.get(id);
    long measure = m.measureId();
    MilestoneForm form = Inputs.fill(m, new MilestoneForm());
    model.addAttribute("form", form);
    return milestoneForm(model, measures.get(measure), m);
  }

  @PostMapping("/milestones/{id}")
  String updateMilestone(
      @PathVariable long id,
      @ModelAttribute("form") MilestoneForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    MilestoneView current = milestones.get(id);
    long measure = current.measureId();
    if (FormErrors.trySave(
        () -> milestones.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/measures/" + measure + "#milestones-heading";
    }
    return milestoneForm(model, measures.get(measure), current);
  }

  @CoordinationOnly
  @PostMapping("/milestones/{id}/delete")
  @ConfirmFirst(PlanQuestions.class)
  String deleteMilestone(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    long measure = milestones.get(id).measureId();
    return removed(() -> milestones.delete(id, version), measure, redirect);
  }

  @CoordinationOnly
  @GetMapping("/measures/{id}/resources/new")
  String newResource(@PathVariable long id, Model model, Locale locale) {
    model.addAttribute("form", new ResourceForm());
    return resourceForm(model, measures.get(id), null, locale);
  }

  @PostMapping("/measures/{id}/resources")
  String addResource(
      @PathVariable long id,
      @ModelAttribute("form") ResourceForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (FormErrors.trySave(() -> resources.add(id, form), result, model, null, v -> {})) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/measures/" + id + "#resources-heading";
    }
    return resourceForm(model, measures.get(id), null, locale);
  }

  @CoordinationOnly
  @GetMapping("/resource-entries/{id}/edit")
  String editResource(@PathVariable long id, Model model, Locale locale) {
    ResourceView r = resources.get(id);
    long measure = r.measureId();
    ResourceForm form = Inputs.fill(r, new ResourceForm());
    model.addAttribute("form", form);
    return resourceForm(model, measures.get(measure), r, locale);
  }

  @PostMapping("/resource-entries/{id}")
  String updateResource(
      @PathVariable long id,
      @ModelAttribute("form") ResourceForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ResourceView current = resources.get(id);
    long measure = current.measureId();
    if (FormErrors.trySave(
        () -> resources.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/measures/" + measure + "#resources-heading";
    }
    return resourceForm(model, measures.get(measure), current, locale);
  }

  @CoordinationOnly
  @PostMapping("/resource-entries/{id}/delete")
  @ConfirmFirst(PlanQuestions.class)
  String deleteResource(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    long measure = resources.get(id).measureId();
    return removed(() -> resources.delete(id, version), measure, redirect);
  }

  private String removed(Runnable delete, long measure, RedirectAttributes redirect) {
    return Flash.after("/measures/" + measure, redirect, delete, "form.deleted");
  }

  private String milestoneForm(Model model, MeasureView measure, MilestoneView milestone) {
    model.addAttribute("measure", measure);
    model.addAttribute("milestone", milestone);
    return "plan/milestone-form";
  }

  private String resourceForm(
      Model model, MeasureView measure, ResourceView resource, Locale locale) {
    model.addAttribute("measure", measure);
    model.addAttribute("resource", resource);
    model.addAttribute(
        "statusOptions", Option.ofEnum(BudgetStatus.values(), "budgetStatus.", messages, locale));
    return "plan/resource-form";
  }
}
