package de.fahrplan.council.web;

import de.fahrplan.council.FulfilmentInput;
import de.fahrplan.council.MandateCadence;
import de.fahrplan.council.MandateInput;
import de.fahrplan.council.MandateKind;
import de.fahrplan.council.MandateState;
import de.fahrplan.council.MandateView;
import de.fahrplan.council.Mandates;
import de.fahrplan.council.Papers;
import de.fahrplan.organisation.Choices;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import de.fahrplan.shared.web.Paging;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
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
import org.springframework.web.util.UriComponentsBuilder;

/** Pages of the mandates (Beschlusscontrolling): the list per committee and state, one mandate. */
@Controller
class MandateController {

  /** Form: the input plus the version the user started from. */
  static class MandateForm extends MandateInput {
    public Long version;
  }

  private final Mandates mandates;
  private final Papers papers;
  private final Choices choices;
  private final PaperChoices paperChoices;
  private final MessageSource messages;

  MandateController(
      Mandates mandates,
      Papers papers,
      Choices choices,
      PaperChoices paperChoices,
      MessageSource messages) {
    this.mandates = mandates;
    this.papers = papers;
    this.choices = choices;
    this.paperChoices = paperChoices;
    this.messages = messages;
  }

  @GetMapping("/mandates")
  String list(
      @RequestParam(required = false) MandateState state,
      @RequestParam(required = false) Long committee,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale) {
    model.addAttribute(
        "page", mandates.search(state, committee, Paging.of(page, 50, Sort.by("dueDate", "id"))));
    model.addAttribute("state", state);
    model.addAttribute("committee", committee);
    model.addAttribute("committeeOptions", choices.organizations());
    model.addAttribute(
        "stateOptions", Option.ofEnum(MandateState.values(), "mandateState.", messages, locale));
    model.addAttribute(
        "base",
        UriComponentsBuilder.fromPath("/mandates")
            .queryParamIfPresent("state", Optional.ofNullable(state))
            .queryParamIfPresent("committee", Optional.ofNullable(committee))
            .toUriString());
    return "council/mandates";
  }

  @GetMapping("/mandates/{id}")
  String show(@PathVariable long id, Model model) {
    MandateView m = mandates.get(id);
    model.addAttribute("mandate", m);
    model.addAttribute("dueBeforePlannedEnd", mandates.dueBeforePlannedEnd(m));
    model.addAttribute("history", mandates.history(id));
    if (!model.containsAttribute("fulfilForm")) {
      FulfilmentInput f = new FulfilmentInput();
      f.fulfilledOn = paperChoices.today();
      model.addAttribute("fulfilForm", f);
    }
    return "council/mandate";
  }

  @CoordinationOnly
  @GetMapping("/papers/{id}/mandates/new")
  String newForm(@PathVariable("id") long paperId, Model model, Locale locale) {
    MandateForm form = new MandateForm();
    form.kind = MandateKind.REPORT;
    model.addAttribute("form", form);
    return form(model, paperId, null, locale);
  }

  @CoordinationOnly
  @PostMapping("/papers/{id}/mandates")
  String create(
      @PathVariable("id") long paperId,
      @ModelAttribute("form") MandateForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    return FormErrors.tryCreate(() -> mandates.create(paperId, form), result)
        .map(
            created -> {
              redirect.addFlashAttribute("flash", "mandate.created");
              return "redirect:/mandates/" + created.id();
            })
        .orElseGet(() -> form(model, paperId, null, locale));
  }

  @CoordinationOnly
  @GetMapping("/mandates/{id}/edit")
  String edit(@PathVariable long id, Model model, Locale locale) {
    MandateView m = mandates.get(id);
    MandateForm form = Inputs.fill(m, new MandateForm());
    form.state = m.state() == MandateState.OVERDUE ? MandateState.OPEN : m.state();
    model.addAttribute("form", form);
    return form(model, m.paperId(), m, locale);
  }

  @CoordinationOnly
  @PostMapping("/mandates/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") MandateForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    MandateView current = mandates.get(id);
    if (FormErrors.trySave(
        () -> mandates.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/mandates/" + id;
    }
    return form(model, current.paperId(), current, locale);
  }

  @CoordinationOnly
  @PostMapping("/mandates/{id}/fulfilment")
  String fulfil(
      @PathVariable long id,
      @ModelAttribute("fulfilForm") FulfilmentInput form,
      BindingResult result,
      @RequestParam long version,
      Model model) {
    if (FormErrors.trySave(
        () -> mandates.fulfil(id, version, form), result, model, mandates.get(id), v -> {})) {
      return "redirect:/mandates/" + id;
    }
    return show(id, model);
  }

  @CoordinationOnly
  @PostMapping("/mandates/{id}/delete")
  @ConfirmFirst(CouncilQuestions.class)
  String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    long paperId = mandates.get(id).paperId();
    return Flash.after(
        "/papers/" + paperId, redirect, () -> mandates.delete(id, version), "mandate.deleted");
  }

  private String form(Model model, long paperId, MandateView mandate, Locale locale) {
    model.addAttribute("paper", papers.get(paperId));
    model.addAttribute("mandate", mandate);
    model.addAttribute(
        "kindOptions", Option.ofEnum(MandateKind.values(), "mandateKind.", messages, locale));
    model.addAttribute(
        "cadenceOptions",
        Option.ofEnum(MandateCadence.values(), "mandateCadence.", messages, locale));
    model.addAttribute(
        "stateOptions",
        Option.ofEnum(
            new MandateState[] {MandateState.OPEN, MandateState.IN_PROGRESS},
            "mandateState.",
            messages,
            locale));
    model.addAttribute("unitOptions", choices.orgUnits());
    model.addAttribute("committeeOptions", choices.organizations());
    model.addAttribute("measureOptions", paperChoices.measures());
    return "council/mandate-form";
  }
}
