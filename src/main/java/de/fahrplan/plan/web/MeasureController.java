package de.fahrplan.plan.web;

import de.fahrplan.organisation.Choices;
import de.fahrplan.plan.BudgetStatus;
import de.fahrplan.plan.BudgetStatusInput;
import de.fahrplan.plan.Dependencies;
import de.fahrplan.plan.ExecutionInput;
import de.fahrplan.plan.MeasureDetail;
import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.Participants;
import de.fahrplan.plan.Raci;
import de.fahrplan.plan.Resources;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import de.fahrplan.shared.web.Pages;
import java.util.List;
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

/**
 * The measure page: content, milestones, dependencies, resources, participants and history; on the
 * plan in force also its execution state and the budget decisions.
 */
@Controller
@MemberOnly
class MeasureController {

  private final MeasureDetail detail;
  private final Measures measures;
  private final Dependencies dependencies;
  private final Resources resources;
  private final Participants participants;
  private final Choices choices;
  private final MessageSource messages;

  MeasureController(
      MeasureDetail detail,
      Measures measures,
      Dependencies dependencies,
      Resources resources,
      Participants participants,
      Choices choices,
      MessageSource messages) {
    this.detail = detail;
    this.measures = measures;
    this.dependencies = dependencies;
    this.resources = resources;
    this.participants = participants;
    this.choices = choices;
    this.messages = messages;
  }

  @GetMapping("/measures/{id}")
  String measure(@PathVariable long id, Model model, Locale locale) {
    MeasureDetail.View page = detail.of(id);
    Pages.add(model, page);
    model.addAttribute(
        "predecessorOptions",
        page.predecessorChoices().entrySet().stream()
            .map(e -> new Option(String.valueOf(e.getKey()), e.getValue()))
            .toList());
    boolean editable = page.contentEditable() && coordinating();
    model.addAttribute("editable", editable);
    // the plan in force: its execution state is kept current here, its content is not
    boolean executable = page.inForce() && coordinating();
    model.addAttribute("executable", executable);
    if (executable) {
      addExecutionForm(model, page.measure(), locale);
    }
    if (editable) {
      addPartChoices(model, locale);
    }
    return "plan/measure";
  }

  /** The execution state form of the plan in force, filled from the measure. */
  private void addExecutionForm(Model model, MeasureView m, Locale locale) {
    if (!model.containsAttribute("execution")) {
      ExecutionForm form = Inputs.fill(m, new ExecutionForm());
      model.addAttribute("execution", form);
    }
    model.addAttribute(
        "executionStatusOptions",
        enumOptions(
            java.util.Arrays.stream(MeasureStatus.values())
                .filter(x -> x != MeasureStatus.IDEA)
                .toArray(MeasureStatus[]::new),
            "measureStatus.",
            locale));
    model.addAttribute(
        "budgetStatusOptions", enumOptions(BudgetStatus.values(), "budgetStatus.", locale));
  }

  /** The choices of the forms for participants and partners on the measure page. */
  private void addPartChoices(Model model, Locale locale) {
    model.addAttribute("raciOptions", enumOptions(Raci.values(), "raci.", locale));
    model.addAttribute("unitOptions", choices.orgUnits());
    model.addAttribute("personOptions", choices.persons());
    model.addAttribute("organizationOptions", choices.organizations());
    model.addAttribute(
        "partnerOptions",
        participants.partnerChoices().entrySet().stream()
            .map(e -> new Option(String.valueOf(e.getKey()), e.getValue()))
            .toList());
  }

  /** Execution state form on the measure page of the version in force. */
  static class ExecutionForm extends ExecutionInput {
    public Long version;
  }

  @PostMapping("/measures/{id}/execution")
  String changeExecution(
      @PathVariable long id,
      @ModelAttribute("execution") ExecutionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    MeasureView current = measures.get(id);
    if (FormErrors.trySave(
        () -> measures.changeExecution(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "execution.saved");
      return "redirect:/measures/" + id;
    }
    return measure(id, model, locale);
  }

  @PostMapping("/resource-entries/{id}/budget-status")
  String changeBudgetStatus(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      @ModelAttribute BudgetStatusInput input,
      BindingResult result,
      RedirectAttributes redirect) {
    long measureId = resources.get(id).measureId();
    if (result.hasErrors()) {
      // e.g. "zwölftausend" as amount: said in German, nothing saved
      redirect.addFlashAttribute(
          "flashError", new InvalidInputException.Violation("approvedAmount", "resource.amount"));
      return "redirect:/measures/" + measureId;
    }
    return Flash.after(
        "/measures/" + measureId,
        redirect,
        () -> resources.changeBudgetStatus(id, version, input),
        "execution.budgetSaved");
  }

  @PostMapping("/measures/{id}/predecessors")
  String addPredecessor(
      @PathVariable long id,
      @RequestParam(required = false) Long predecessorId,
      RedirectAttributes redirect) {
    measures.get(id);
    return Flash.after(
        "/measures/" + id + "#dependencies-heading",
        redirect,
        () -> dependencies.addPredecessor(id, predecessorId),
        "form.saved");
  }

  @PostMapping("/measures/{id}/predecessors/{predecessorId}/delete")
  String removePredecessor(
      @PathVariable long id, @PathVariable long predecessorId, RedirectAttributes redirect) {
    return Flash.after(
        "/measures/" + id + "#dependencies-heading",
        redirect,
        () -> dependencies.removePredecessor(id, predecessorId),
        "form.deleted");
  }

  private static boolean coordinating() {
    return de.fahrplan.shared.TenantContext.hasAnyRole(Role.COORDINATION, Role.ADMIN);
  }

  private List<Option> enumOptions(Enum<?>[] values, String prefix, Locale locale) {
    return Option.ofEnum(values, prefix, messages, locale);
  }
}
