package de.fahrplan.strategy.web;

import de.fahrplan.organisation.Organizations;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.decisions.Decisions;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import de.fahrplan.strategy.AdoptionInput;
import de.fahrplan.strategy.ConceptLinks;
import de.fahrplan.strategy.FieldOfActionInput;
import de.fahrplan.strategy.FieldOfActionView;
import de.fahrplan.strategy.FieldsAndGoals;
import de.fahrplan.strategy.GoalInput;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.IndicatorView;
import de.fahrplan.strategy.Indicators;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.StrategyInput;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the strategy: versions, Zielbild, adoption, fields of action and goals. */
@Controller
@MemberOnly
class StrategyController {

  /** Vision form. */
  static class VisionForm {
    public String vision;
    public Long version;
  }

  /** Adoption form. */
  static class AdoptionForm extends AdoptionInput {
    public Long version;
  }

  /** Field-of-action form. */
  static class FieldForm extends FieldOfActionInput {
    public Long version;
  }

  /** Goal form. */
  static class GoalForm extends GoalInput {
    public Long version;
  }

  private final Strategies strategies;
  private final FieldsAndGoals fieldsAndGoals;
  private final Indicators indicators;
  private final ConceptLinks conceptLinks;
  private final Organizations organizations;
  private final java.time.Clock clock;
  private final ObjectProvider<Decisions> decisions;

  StrategyController(
      Strategies strategies,
      FieldsAndGoals fieldsAndGoals,
      Indicators indicators,
      ConceptLinks conceptLinks,
      Organizations organizations,
      java.time.Clock clock,
      ObjectProvider<Decisions> decisions) {
    this.decisions = decisions;
    this.clock = clock;
    this.strategies = strategies;
    this.fieldsAndGoals = fieldsAndGoals;
    this.indicators = indicators;
    this.conceptLinks = conceptLinks;
    this.organizations = organizations;
  }

  @GetMapping("/strategies")
  String list(Model model) {
    model.addAttribute("strategies", strategies.all());
    if (!model.containsAttribute("form")) {
      StrategyInput form = new StrategyInput();
      model.addAttribute("form", form);
    }
    return "strategy/strategies";
  }

  @PostMapping("/strategies")
  String create(@ModelAttribute("form") StrategyInput form, BindingResult result, Model model) {
    if (!result.hasErrors()) {
      try {
        return "redirect:/strategy-versions/" + strategies.create(form).id();
      } catch (InvalidInputException e) {
        FormErrors.bind(e, result);
      }
    }
    model.addAttribute("strategies", strategies.all());
    return "strategy/strategies";
  }

  @PostMapping("/strategies/{id}/versions")
  String newVersion(@PathVariable long id, RedirectAttributes redirect) {
    try {
      VersionView v = strategies.newVersion(id);
      redirect.addFlashAttribute("flash", "version.created");
      return "redirect:/strategy-versions/" + v.id();
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.violations().get(0));
      return "redirect:/strategies";
    }
  }

  @GetMapping("/strategy-versions/{id}")
  String version(@PathVariable long id, Model model) {
    VersionView v = strategies.version(id);
    if (!model.containsAttribute("adoption")) {
      AdoptionForm adoption = new AdoptionForm();
      adoption.version = v.version();
      // an adopted version's decision can be corrected until it is in force: start from it
      adoption.adoptedOn = v.adoptedOn();
      adoption.adoptedById = v.adoptedById();
      adoption.paperReference = v.paperReference();
      adoption.inForceFrom = v.inForceFrom();
      model.addAttribute("adoption", adoption);
    }
    return versionPage(model, v);
  }

  @CoordinationOnly
  @PostMapping("/strategy-versions/{id}/adopt")
  @ConfirmFirst(StrategyQuestions.class)
  String adopt(
      @PathVariable long id,
      @ModelAttribute("adoption") AdoptionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    VersionView current = strategies.version(id);
    boolean correction = current.status() == VersionStatus.ADOPTED;
    if (FormErrors.trySave(
        () -> {
          if (correction) {
            strategies.correctAdoption(id, form.version, form);
          } else {
            strategies.adopt(id, form.version, form);
          }
        },
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute(
          "flash", correction ? "version.adoptionCorrected" : "version.adopted");
      return "redirect:/strategy-versions/" + id;
    }
    return versionPage(model, current);
  }

  @CoordinationOnly
  @PostMapping("/strategy-versions/{id}/in-force")
  @ConfirmFirst(StrategyQuestions.class)
  String putInForce(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    boolean supersedes =
        strategies.get(strategies.version(id).strategyId()).versions().stream()
            .anyMatch(v -> v.status() == VersionStatus.IN_FORCE);
    return Flash.after(
        "/strategy-versions/" + id,
        redirect,
        () -> strategies.putInForce(id, version),
        supersedes ? "version.inForce" : "version.inForceFirst");
  }

  @CoordinationOnly
  @GetMapping("/strategy-versions/{id}/vision")
  String visionForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
    VersionView v = strategies.version(id);
    if (!v.editable()) {
      return readOnly(redirect, id);
    }
    VisionForm form = Inputs.fill(v, new VisionForm());
    model.addAttribute("form", form);
    model.addAttribute("strategyVersion", v);
    return "strategy/vision-form";
  }

  @PostMapping("/strategy-versions/{id}/vision")
  String saveVision(
      @PathVariable long id,
      @ModelAttribute("form") VisionForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    VersionView current = strategies.version(id);
    if (FormErrors.trySave(
        () -> strategies.changeVision(id, form.version, form.vision),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/strategy-versions/" + id;
    }
    model.addAttribute("strategyVersion", current);
    return "strategy/vision-form";
  }

  @CoordinationOnly
  @GetMapping("/strategy-versions/{id}/fields/new")
  String newField(@PathVariable long id, Model model, RedirectAttributes redirect) {
    if (!strategies.version(id).editable()) {
      return readOnly(redirect, id);
    }
    FieldForm form = new FieldForm();
    form.position = strategies.fieldsOfAction(id).size() + 1;
    model.addAttribute("form", form);
    return fieldForm(model, strategies.version(id), null);
  }

  @PostMapping("/strategy-versions/{id}/fields")
  String addField(
      @PathVariable long id,
      @ModelAttribute("form") FieldForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (FormErrors.trySave(
        () -> fieldsAndGoals.addFieldOfAction(id, form), result, model, null, v -> {})) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/strategy-versions/" + id;
    }
    return fieldForm(model, strategies.version(id), null);
  }

  @CoordinationOnly
  @GetMapping("/fields-of-action/{id}/edit")
  String editField(@PathVariable long id, Model model, RedirectAttributes redirect) {
    FieldOfActionView f = strategies.fieldOfAction(id);
    if (!strategies.version(f.versionId()).editable()) {
      return readOnly(redirect, f.versionId());
    }
    FieldForm form = Inputs.fill(f, new FieldForm());
    model.addAttribute("form", form);
    return fieldForm(model, strategies.version(f.versionId()), f);
  }

  @PostMapping("/fields-of-action/{id}")
  String updateField(
      @PathVariable long id,
      @ModelAttribute("form") FieldForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    FieldOfActionView current = strategies.fieldOfAction(id);
    if (FormErrors.trySave(
        () -> fieldsAndGoals.updateFieldOfAction(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/strategy-versions/" + current.versionId();
    }
    return fieldForm(model, strategies.version(current.versionId()), current);
  }

  @CoordinationOnly
  @GetMapping("/strategy-versions/{id}/goals/new")
  String newGoal(@PathVariable long id, Model model, RedirectAttributes redirect) {
    if (!strategies.version(id).editable()) {
      return readOnly(redirect, id);
    }
    model.addAttribute("form", new GoalForm());
    return goalForm(model, strategies.version(id), null);
  }

  @PostMapping("/strategy-versions/{id}/goals")
  String addGoal(
      @PathVariable long id,
      @ModelAttribute("form") GoalForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (FormErrors.trySave(() -> fieldsAndGoals.addGoal(id, form), result, model, null, v -> {})) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/strategy-versions/" + id;
    }
    return goalForm(model, strategies.version(id), null);
  }

  @CoordinationOnly
  @GetMapping("/goals/{id}/edit")
  String editGoal(@PathVariable long id, Model model, RedirectAttributes redirect) {
    GoalView g = strategies.goal(id);
    if (!strategies.version(g.versionId()).editable()) {
      return readOnly(redirect, g.versionId());
    }
    GoalForm form = Inputs.fill(g, new GoalForm());
    model.addAttribute("form", form);
    return goalForm(model, strategies.version(g.versionId()), g);
  }

  @PostMapping("/goals/{id}")
  String updateGoal(
      @PathVariable long id,
      @ModelAttribute("form") GoalForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    GoalView current = strategies.goal(id);
    if (FormErrors.trySave(
        () -> fieldsAndGoals.updateGoal(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/strategy-versions/" + current.versionId();
    }
    return goalForm(model, strategies.version(current.versionId()), current);
  }

  /** Forms of an adopted version are not offered: the user is told why. */
  private static String readOnly(RedirectAttributes redirect, long versionId) {
    return readOnly(redirect, "/strategy-versions/" + versionId);
  }

  /** As above, back to another page of the version (indicator, concept link). */
  static String readOnly(RedirectAttributes redirect, String target) {
    redirect.addFlashAttribute(
        "flashError", new InvalidInputException.Violation(null, "version.readOnly"));
    return "redirect:" + target;
  }

  private String versionPage(Model model, VersionView v) {
    model.addAttribute("strategyVersion", v);
    model.addAttribute("today", java.time.LocalDate.now(clock));
    model.addAttribute("strategy", strategies.get(v.strategyId()));
    model.addAttribute("fields", strategies.fieldsOfAction(v.id()));
    model.addAttribute("goals", strategies.goals(v.id()));
    model.addAttribute(
        "indicatorsByGoal",
        indicators.ofVersion(v.id()).stream()
            .collect(Collectors.groupingBy(IndicatorView::goalId)));
    model.addAttribute("conceptLinks", conceptLinks.ofVersion(v.id()));
    model.addAttribute(
        "decisions", decisions.stream().flatMap(d -> d.aboutVersion(v.id()).stream()).toList());
    model.addAttribute("history", strategies.history(v.id()));
    model.addAttribute(
        "adoptedBy", v.adoptedById() == null ? null : organizations.get(v.adoptedById()));
    model.addAttribute(
        "bodyOptions",
        organizations.search(null, PageRequest.of(0, 200, Sort.by("name"))).getContent().stream()
            .map(o -> new Option(String.valueOf(o.id()), o.name()))
            .toList());
    return "strategy/version";
  }

  private String fieldForm(Model model, VersionView v, FieldOfActionView field) {
    model.addAttribute("strategyVersion", v);
    model.addAttribute("field", field);
    return "strategy/field-form";
  }

  private String goalForm(Model model, VersionView v, GoalView goal) {
    model.addAttribute("strategyVersion", v);
    model.addAttribute("goal", goal);
    model.addAttribute(
        "fieldOptions",
        strategies.fieldsOfAction(v.id()).stream()
            .map(f -> new Option(String.valueOf(f.id()), f.label()))
            .toList());
    return "strategy/goal-form";
  }
}
