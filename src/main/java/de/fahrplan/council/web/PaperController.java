package de.fahrplan.council.web;

import de.fahrplan.council.ConsultationInput;
import de.fahrplan.council.ConsultationRole;
import de.fahrplan.council.Consultations;
import de.fahrplan.council.CouncilSettings;
import de.fahrplan.council.CouncilSettingsView;
import de.fahrplan.council.PaperCheck;
import de.fahrplan.council.PaperDetail;
import de.fahrplan.council.PaperFilter;
import de.fahrplan.council.PaperInput;
import de.fahrplan.council.PaperList;
import de.fahrplan.council.PaperState;
import de.fahrplan.council.PaperType;
import de.fahrplan.council.PaperView;
import de.fahrplan.council.Papers;
import de.fahrplan.organisation.Choices;
import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.ConfirmFirst;
import de.fahrplan.shared.web.Flash;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import de.fahrplan.shared.web.Pages;
import de.fahrplan.shared.web.Paging;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Pages of council papers: the list, a paper with its Beratungsfolge, the paper form. */
@Controller
@RequestMapping("/papers")
class PaperController {

  static final int PAGE_SIZE = 50;

  /** The paper form: the input, the version it started from and one row per checkbox. */
  static class PaperForm extends PaperInput {
    public Long version;
    public List<CheckRow> checkRows = new ArrayList<>();

    /** Carries the ticked rows into the input. */
    PaperForm ticked() {
      checks =
          checkRows.stream()
              .filter(r -> r.checked)
              .map(r -> new PaperCheck(r.label, r.note))
              .toList();
      return this;
    }
  }

  /** One of the municipality's checkboxes on the form. */
  static class CheckRow {
    public String label;
    public boolean checked;
    public String note;
  }

  private final Papers papers;
  private final PaperList paperList;
  private final Consultations consultations;
  private final PaperRelations relations;
  private final PaperDetail details;
  private final CouncilSettings settings;
  private final PaperChoices paperChoices;
  private final Choices choices;
  private final MessageSource messages;

  PaperController(
      Papers papers,
      PaperList paperList,
      Consultations consultations,
      PaperRelations relations,
      PaperDetail details,
      CouncilSettings settings,
      PaperChoices paperChoices,
      Choices choices,
      MessageSource messages) {
    this.papers = papers;
    this.paperList = paperList;
    this.consultations = consultations;
    this.relations = relations;
    this.details = details;
    this.settings = settings;
    this.paperChoices = paperChoices;
    this.choices = choices;
    this.messages = messages;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) Long committee,
      @RequestParam(required = false) PaperState state,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale) {
    PaperFilter filter = new PaperFilter(q, type, committee, state);
    model.addAttribute(
        "page",
        paperList.rows(
            filter,
            Paging.of(page, PAGE_SIZE, Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id")))));
    model.addAttribute("filter", filter);
    model.addAttribute("base", base(filter));
    model.addAttribute("typeOptions", typeOptions(settings.current()));
    model.addAttribute("committeeOptions", choices.organizations());
    // what can be generated is offered to those who may generate it
    boolean coordinating = TenantContext.hasAnyRole(Role.COORDINATION, Role.ADMIN);
    PaperChoices.Generation generation =
        coordinating
            ? paperChoices.generation()
            : new PaperChoices.Generation(List.of(), List.of());
    model.addAttribute("draftOptions", generation.drafts());
    model.addAttribute("reportOptions", generation.reports());
    model.addAttribute(
        "stateOptions", Option.ofEnum(PaperState.values(), "paperState.", messages, locale));
    return "council/papers";
  }

  /** The list's address with the filter, for the pages' links. */
  private static String base(PaperFilter f) {
    return UriComponentsBuilder.fromPath("/papers")
        .queryParamIfPresent("q", Optional.ofNullable(f.q()).filter(s -> !s.isBlank()))
        .queryParamIfPresent("type", Optional.ofNullable(f.type()).filter(s -> !s.isBlank()))
        .queryParamIfPresent("committee", Optional.ofNullable(f.committee()))
        .queryParamIfPresent("state", Optional.ofNullable(f.state()))
        .encode()
        .toUriString();
  }

  @CoordinationOnly
  @GetMapping("/new")
  String newForm(Model model) {
    PaperForm form = new PaperForm();
    form.date = paperChoices.today();
    model.addAttribute("form", withRows(form, settings.current()));
    return form(model, null);
  }

  @CoordinationOnly
  @PostMapping
  String create(
      @ModelAttribute("form") PaperForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    return FormErrors.tryCreate(() -> papers.create(form.ticked()), result)
        .map(
            created -> {
              redirect.addFlashAttribute("flash", "paper.created");
              return "redirect:/papers/" + created.id();
            })
        .orElseGet(() -> form(model, null));
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model, Locale locale) {
    PaperDetail.View page = details.of(id);
    Pages.add(model, page);
    relations.addTo(model, id);
    model.addAttribute("unitOptions", choices.orgUnits());
    model.addAttribute("personOptions", choices.persons());
    if (!model.containsAttribute("consultationForm")) {
      model.addAttribute("consultationForm", new ConsultationInput());
    }
    model.addAttribute("committeeOptions", choices.organizations());
    model.addAttribute(
        "roleOptions",
        Option.ofEnum(ConsultationRole.values(), "consultationRole.", messages, locale));
    model.addAttribute("maxFileMb", paperChoices.maxFileMegabytes());
    model.addAttribute(
        "usualSequence",
        settings
            .current()
            .type(page.paper().paperType())
            .map(PaperType::sequenceText)
            .filter(text -> !text.isEmpty())
            .orElse(null));
    return "council/paper";
  }

  /** Adds a step to the Beratungsfolge; a broken input shows the paper page with its errors. */
  @CoordinationOnly
  @PostMapping("/{id}/consultations")
  String addConsultation(
      @PathVariable long id,
      @ModelAttribute("consultationForm") ConsultationInput form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (FormErrors.tryCreate(() -> consultations.add(id, form), result).isPresent()) {
      redirect.addFlashAttribute("flash", "consultation.added");
      return "redirect:/papers/" + id + "#beratungsfolge";
    }
    return show(id, model, locale);
  }

  /** An Ergänzung of a fixed paper: a new draft to correct or complete it. */
  @CoordinationOnly
  @PostMapping("/{id}/supplements")
  String supplement(@PathVariable long id, RedirectAttributes redirect) {
    try {
      PaperView created = relations.supplements().create(id);
      redirect.addFlashAttribute("flash", "paper.supplementCreated");
      return "redirect:/papers/" + created.id();
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.violations().get(0));
      return "redirect:/papers/" + id;
    }
  }

  /** Starts the empty Beratungsfolge from the usual one of the paper's type. */
  @CoordinationOnly
  @PostMapping("/{id}/consultations/from-type")
  String startFromType(@PathVariable long id, RedirectAttributes redirect) {
    return Flash.after(
        "/papers/" + id + "#beratungsfolge",
        redirect,
        () -> consultations.startFromType(id),
        "consultation.sequenceTaken");
  }

  @CoordinationOnly
  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    PaperView p = papers.get(id);
    PaperForm form = Inputs.fill(p, new PaperForm());
    model.addAttribute("form", withRows(form, settings.current()));
    return form(model, p);
  }

  @CoordinationOnly
  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") PaperForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    PaperView current = papers.get(id);
    if (FormErrors.trySave(
        () -> papers.update(id, form.version, form.ticked()),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/papers/" + id;
    }
    return form(model, current);
  }

  @CoordinationOnly
  @PostMapping("/{id}/delete")
  @ConfirmFirst(CouncilQuestions.class)
  String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
    return Flash.after("/papers", redirect, () -> papers.delete(id, version), "paper.deleted");
  }

  private String form(Model model, PaperView paper) {
    CouncilSettingsView s = settings.current();
    model.addAttribute("paper", paper);
    model.addAttribute("typeOptions", typeOptions(s));
    model.addAttribute("unitOptions", choices.orgUnits());
    model.addAttribute("personOptions", choices.persons());
    model.addAttribute("versionOptions", paperChoices.versions());
    model.addAttribute("goalOptions", paperChoices.goals());
    model.addAttribute("measureOptions", paperChoices.measures());
    return "council/paper-form";
  }

  /** One row per checkbox of the municipality (and any the paper has from an older list). */
  private static PaperForm withRows(PaperForm form, CouncilSettingsView s) {
    if (!form.checkRows.isEmpty()) {
      return form;
    }
    List<String> labels = new ArrayList<>(s.checks());
    form.checks.stream()
        .map(PaperCheck::label)
        .filter(l -> !labels.contains(l))
        .forEach(labels::add);
    for (String label : labels) {
      CheckRow row = new CheckRow();
      row.label = label;
      form.checks.stream()
          .filter(c -> c.label().equals(label))
          .findFirst()
          .ifPresent(
              c -> {
                row.checked = true;
                row.note = c.note();
              });
      form.checkRows.add(row);
    }
    return form;
  }

  static List<Option> typeOptions(CouncilSettingsView s) {
    return s.types().stream().map(t -> new Option(t.name(), t.name())).toList();
  }
}
