package de.fahrplan.strategy.web;

import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import de.fahrplan.strategy.ConceptLinkInput;
import de.fahrplan.strategy.ConceptLinkView;
import de.fahrplan.strategy.ConceptLinks;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.IndicatorDirection;
import de.fahrplan.strategy.IndicatorInput;
import de.fahrplan.strategy.IndicatorValueInput;
import de.fahrplan.strategy.IndicatorView;
import de.fahrplan.strategy.Indicators;
import de.fahrplan.strategy.Strategies;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the indicators of the goals and of the links to other adopted concepts. */
@Controller
@MemberOnly
class IndicatorController {

  /** Indicator form. */
  static class IndicatorForm extends IndicatorInput {
    public Long version;
  }

  /** Concept-link form. */
  static class ConceptForm extends ConceptLinkInput {
    public Long version;
  }

  private final Indicators indicators;
  private final ConceptLinks conceptLinks;
  private final Strategies strategies;
  private final MessageSource messages;

  IndicatorController(
      Indicators indicators,
      ConceptLinks conceptLinks,
      Strategies strategies,
      MessageSource messages) {
    this.indicators = indicators;
    this.conceptLinks = conceptLinks;
    this.strategies = strategies;
    this.messages = messages;
  }

  @GetMapping("/indicators/{id}")
  String indicator(@PathVariable long id, Model model) {
    if (!model.containsAttribute("valueForm")) {
      model.addAttribute("valueForm", new IndicatorValueInput());
    }
    return indicatorPage(model, indicators.get(id));
  }

  @PostMapping("/indicators/{id}/values")
  String addValue(
      @PathVariable long id,
      @ModelAttribute("valueForm") IndicatorValueInput form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (FormErrors.trySave(() -> indicators.addValue(id, form), result, model, null, v -> {})) {
      redirect.addFlashAttribute("flash", "indicator.valueSaved");
      return "redirect:/indicators/" + id;
    }
    return indicatorPage(model, indicators.get(id));
  }

  /** The form names its indicator only to find the way back after a refusal. */
  @CoordinationOnly
  @PostMapping("/indicator-values/{id}/delete")
  @ConfirmFirst(StrategyQuestions.class)
  String deleteValue(
      @PathVariable long id,
      @RequestParam(required = false) Long indicatorId,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    IndicatorView[] deleted = new IndicatorView[1];
    if (Flash.attempt(
        () -> deleted[0] = indicators.deleteValue(id, version),
        problem -> redirect.addFlashAttribute("flashError", problem))) {
      redirect.addFlashAttribute("flash", "indicator.valueDeleted");
      return "redirect:/indicators/" + deleted[0].id();
    }
    return indicatorId == null ? "redirect:/strategies" : "redirect:/indicators/" + indicatorId;
  }

  @CoordinationOnly
  @GetMapping("/goals/{id}/indicators/new")
  String newIndicator(@PathVariable("id") long goalId, Model model, RedirectAttributes redirect) {
    GoalView goal = strategies.goal(goalId);
    if (!strategies.version(goal.versionId()).editable()) {
      return StrategyController.readOnly(redirect, "/strategy-versions/" + goal.versionId());
    }
    IndicatorForm form = new IndicatorForm();
    form.direction = IndicatorDirection.HIGHER_IS_BETTER;
    model.addAttribute("form", form);
    return indicatorForm(model, goal, null);
  }

  @PostMapping("/goals/{id}/indicators")
  String addIndicator(
      @PathVariable("id") long goalId,
      @ModelAttribute("form") IndicatorForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    IndicatorView[] saved = new IndicatorView[1];
    if (FormErrors.trySave(
        () -> saved[0] = indicators.add(goalId, form), result, model, null, v -> {})) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/indicators/" + saved[0].id();
    }
    return indicatorForm(model, strategies.goal(goalId), null);
  }

  @CoordinationOnly
  @GetMapping("/indicators/{id}/edit")
  String editIndicator(@PathVariable long id, Model model, RedirectAttributes redirect) {
    IndicatorView i = indicators.get(id);
    if (!strategies.version(i.versionId()).editable()) {
      return StrategyController.readOnly(redirect, "/indicators/" + id);
    }
    IndicatorForm form = i.into(new IndicatorForm());
    model.addAttribute("form", form);
    return indicatorForm(model, strategies.goal(i.goalId()), i);
  }

  @PostMapping("/indicators/{id}")
  String updateIndicator(
      @PathVariable long id,
      @ModelAttribute("form") IndicatorForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    IndicatorView current = indicators.get(id);
    if (FormErrors.trySave(
        () -> indicators.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/indicators/" + id;
    }
    return indicatorForm(model, strategies.goal(current.goalId()), current);
  }

  @CoordinationOnly
  @PostMapping("/indicators/{id}/delete")
  @ConfirmFirst(StrategyQuestions.class)
  String deleteIndicator(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    IndicatorView i = indicators.get(id);
    return Flash.after(
        "/strategy-versions/" + i.versionId(),
        "/indicators/" + id,
        redirect,
        () -> indicators.delete(id, version),
        "indicator.deleted");
  }

  @CoordinationOnly
  @GetMapping("/strategy-versions/{id}/concept-links/new")
  String newConceptLink(@PathVariable long id, Model model, RedirectAttributes redirect) {
    if (!strategies.version(id).editable()) {
      return StrategyController.readOnly(redirect, "/strategy-versions/" + id);
    }
    model.addAttribute("conceptForm", new ConceptForm());
    model.addAttribute("strategyVersion", strategies.version(id));
    model.addAttribute("link", null);
    return "strategy/concept-form";
  }

  @PostMapping("/strategy-versions/{id}/concept-links")
  String addConceptLink(
      @PathVariable long id,
      @ModelAttribute("conceptForm") ConceptForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (FormErrors.trySave(() -> conceptLinks.add(id, form), result, model, null, v -> {})) {
      redirect.addFlashAttribute("flash", "concept.saved");
      return "redirect:/strategy-versions/" + id + "#concepts-heading";
    }
    model.addAttribute("strategyVersion", strategies.version(id));
    model.addAttribute("link", null);
    return "strategy/concept-form";
  }

  @CoordinationOnly
  @GetMapping("/concept-links/{id}/edit")
  String editConceptLink(@PathVariable long id, Model model, RedirectAttributes redirect) {
    ConceptLinkView l = conceptLinks.get(id);
    if (!strategies.version(l.versionId()).editable()) {
      return StrategyController.readOnly(redirect, "/strategy-versions/" + l.versionId());
    }
    ConceptForm form = Inputs.fill(l, new ConceptForm());
    model.addAttribute("conceptForm", form);
    return conceptForm(model, l);
  }

  @PostMapping("/concept-links/{id}")
  String updateConceptLink(
      @PathVariable long id,
      @ModelAttribute("conceptForm") ConceptForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    ConceptLinkView current = conceptLinks.get(id);
    if (FormErrors.trySave(
        () -> conceptLinks.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "concept.saved");
      return "redirect:/strategy-versions/" + current.versionId() + "#concepts-heading";
    }
    return conceptForm(model, current);
  }

  @PostMapping("/concept-links/{id}/delete")
  String deleteConceptLink(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    ConceptLinkView l = conceptLinks.get(id);
    return Flash.after(
        "/strategy-versions/" + l.versionId() + "#concepts-heading",
        redirect,
        () -> conceptLinks.delete(id, version),
        "concept.deleted");
  }

  private String indicatorPage(Model model, IndicatorView i) {
    model.addAttribute("indicator", i);
    model.addAttribute("goal", strategies.goal(i.goalId()));
    model.addAttribute("strategyVersion", strategies.version(i.versionId()));
    model.addAttribute("history", indicators.history(i.id()));
    return "strategy/indicator";
  }

  private String indicatorForm(Model model, GoalView goal, IndicatorView indicator) {
    model.addAttribute("goal", goal);
    model.addAttribute("strategyVersion", strategies.version(goal.versionId()));
    model.addAttribute("indicator", indicator);
    model.addAttribute(
        "directionOptions",
        Option.ofEnum(
            IndicatorDirection.values(),
            "indicatorDirection.",
            messages,
            LocaleContextHolder.getLocale()));
    return "strategy/indicator-form";
  }

  private String conceptForm(Model model, ConceptLinkView link) {
    model.addAttribute("strategyVersion", strategies.version(link.versionId()));
    model.addAttribute("link", link);
    return "strategy/concept-form";
  }
}
