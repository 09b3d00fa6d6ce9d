package de.fahrplan.plan.web;

import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.organisation.Persons;
import de.fahrplan.plan.BudgetStatus;
import de.fahrplan.plan.BudgetStatusInput;
import de.fahrplan.plan.Dependencies;
import de.fahrplan.plan.ExecutionInput;
import de.fahrplan.plan.Horizon;
import de.fahrplan.plan.MeasureInput;
import de.fahrplan.plan.MeasureLevel;
import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.Milestones;
import de.fahrplan.plan.Participants;
import de.fahrplan.plan.PlanSettings;
import de.fahrplan.plan.PlanTree;
import de.fahrplan.plan.PriorityClass;
import de.fahrplan.plan.Raci;
import de.fahrplan.plan.Resources;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
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

/** The measures plan: the tree field of action → goal → measure, and the measure pages. */
@Controller
@MemberOnly
class PlanController {

  /** Measure form. */
  static class MeasureForm extends MeasureInput {
    public Long version;
  }

  private final Strategies strategies;
  private final Measures measures;
  private final Dependencies dependencies;
  private final Resources resources;
  private final Milestones milestones;
  private final Participants participants;
  private final PlanSettings settings;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final Organizations organizations;
  private final MessageSource messages;
  private final PlanTree planTree;

  PlanController(
      Strategies strategies,
      Measures measures,
      Dependencies dependencies,
      Resources resources,
      Milestones milestones,
      Participants participants,
      PlanSettings settings,
      OrgUnits orgUnits,
      Persons persons,
      Organizations organizations,
      MessageSource messages,
      PlanTree planTree) {
    this.planTree = planTree;
    this.strategies = strategies;
    this.measures = measures;
    this.dependencies = dependencies;
    this.resources = resources;
    this.milestones = milestones;
    this.participants = participants;
    this.settings = settings;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.organizations = organizations;
    this.messages = messages;
  }

  @GetMapping("/plan")
  String currentPlan() {
    return strategies
        .currentVersion()
        .map(v -> "redirect:/strategy-versions/" + v.id() + "/plan")
        .orElse("redirect:/strategies");
  }

  @GetMapping("/strategy-versions/{id}/plan")
  String plan(
      @PathVariable long id,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) MeasureStatus status,
      @RequestParam(required = false) Horizon horizon,
      @RequestParam(required = false) Long orgUnitId,
      @RequestParam(required = false) Integer budgetYear,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) PriorityClass priority,
      @RequestParam(required = false) String tag,
      @RequestParam(defaultValue = "CODE") PlanTree.SortOrder sort,
      Model model,
      Locale locale) {
    VersionView version = strategies.version(id);
    PlanTree.View tree =
        planTree.of(
            id,
            new PlanTree.Filter(
                q, status, horizon, orgUnitId, budgetYear, overdue, priority, tag, sort));
    model.addAttribute("strategyVersion", version);
    model.addAttribute("tree", tree.fields());
    model.addAttribute("measureCount", tree.count());
    model.addAttribute("q", q);
    model.addAttribute("status", status);
    model.addAttribute("horizon", horizon);
    model.addAttribute("orgUnitId", orgUnitId);
    model.addAttribute("budgetYear", budgetYear);
    model.addAttribute("overdue", overdue);
    model.addAttribute("priority", priority);
    model.addAttribute("tag", tag);
    model.addAttribute("sort", sort);
    model.addAttribute(
        "priorityOptions", enumOptions(PriorityClass.values(), "priorityClass.", locale));
    model.addAttribute(
        "sortOptions", enumOptions(PlanTree.SortOrder.values(), "plan.sort.", locale));
    model.addAttribute("tagOptions", tree.tags());
    model.addAttribute(
        "years",
        java.util.stream.IntStream.rangeClosed(version.startYear(), version.endYear())
            .boxed()
            .toList());
    model.addAttribute("overdueIds", tree.overdueIds());
    model.addAttribute(
        "statusOptions", enumOptions(MeasureStatus.values(), "measureStatus.", locale));
    model.addAttribute("horizonOptions", enumOptions(Horizon.values(), "horizon.", locale));
    model.addAttribute("unitOptions", unitOptions());
    model.addAttribute(
        "unitLabels",
        orgUnits.tree().stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::label)));
    return "plan/plan";
  }

  @GetMapping("/measures/{id}")
  String measure(@PathVariable long id, Model model, Locale locale) {
    MeasureView m = measures.get(id);
    model.addAttribute("measure", m);
    model.addAttribute("strategyVersion", strategies.version(m.strategyVersionId()));
    Map<Long, GoalView> goals =
        strategies.goals(m.strategyVersionId()).stream()
            .collect(Collectors.toMap(GoalView::id, Function.identity()));
    model.addAttribute("goals", m.goalIds().stream().map(goals::get).toList());
    model.addAttribute(
        "leadUnit", m.leadOrgUnitId() == null ? null : orgUnits.get(m.leadOrgUnitId()));
    model.addAttribute(
        "responsible",
        m.responsiblePersonId() == null ? null : persons.get(m.responsiblePersonId()));
    model.addAttribute("history", measures.history(id));
    model.addAttribute("milestones", milestones.of(id));
    model.addAttribute("dependencies", dependencies.of(id));
    model.addAttribute(
        "predecessorOptions",
        measures.all(m.strategyVersionId()).stream()
            .filter(x -> !x.id().equals(id))
            .map(x -> new Option(String.valueOf(x.id()), x.label()))
            .toList());
    model.addAttribute("resources", resources.of(id));
    model.addAttribute("parent", m.parentId() == null ? null : measures.get(m.parentId()));
    model.addAttribute("subProjects", measures.subProjects(id));
    model.addAttribute("rollUp", measures.rollUp(id));
    model.addAttribute("criteria", settings.current().criteria());
    model.addAttribute("participants", participants.participants(id));
    model.addAttribute("partners", participants.partners(id));
    model.addAttribute("ownShare", participants.ownShare(id));
    VersionView measureVersion = strategies.version(m.strategyVersionId());
    // an unplanned measure of the version in force is no part of the adopted plan: it stays
    // editable
    boolean editable =
        (measureVersion.editable()
                || (m.unplanned() && measureVersion.status() == VersionStatus.IN_FORCE))
            && coordinating();
    model.addAttribute("editable", editable);
    // the plan in force: its execution state is kept current here, its content is not
    boolean executable =
        strategies.version(m.strategyVersionId()).status() == VersionStatus.IN_FORCE
            && coordinating();
    model.addAttribute("executable", executable);
    if (executable) {
      if (!model.containsAttribute("execution")) {
        ExecutionForm form = new ExecutionForm();
        form.status = m.status();
        form.statusReason = m.statusReason();
        form.actualStart = m.actualStart();
        form.actualEnd = m.actualEnd();
        form.version = m.version();
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
    if (editable) {
      model.addAttribute("raciOptions", enumOptions(Raci.values(), "raci.", locale));
      model.addAttribute("unitOptions", unitOptions());
      model.addAttribute("personOptions", personOptions());
      model.addAttribute(
          "organizationOptions",
          organizations.search(null, PageRequest.of(0, 500, Sort.by("name"))).getContent().stream()
              .map(o -> new Option(String.valueOf(o.id()), o.name()))
              .toList());
      model.addAttribute(
          "partnerOptions",
          participants.partnerChoices().entrySet().stream()
              .map(e -> new Option(String.valueOf(e.getKey()), e.getValue()))
              .toList());
    }
    return "plan/measure";
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
    try {
      resources.changeBudgetStatus(id, version, input);
      redirect.addFlashAttribute("flash", "execution.budgetSaved");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.violations().get(0));
    }
    return "redirect:/measures/" + measureId;
  }

  @GetMapping("/strategy-versions/{id}/measures/new")
  String newMeasure(
      @PathVariable long id,
      @RequestParam(required = false) Long goalId,
      @RequestParam(required = false) Long parentId,
      Model model,
      Locale locale) {
    MeasureForm form = new MeasureForm();
    form.status = MeasureStatus.PLANNED;
    if (goalId != null) {
      form.goalIds = List.of(goalId);
    }
    if (parentId != null) {
      MeasureView parent = measures.get(parentId);
      form.parentId = parent.id();
      form.goalIds = parent.goalIds();
      form.leadOrgUnitId = parent.leadOrgUnitId();
      form.level = parent.level();
    }
    model.addAttribute("form", form);
    return form(model, strategies.version(id), null, locale);
  }

  @PostMapping("/strategy-versions/{id}/measures")
  String create(
      @PathVariable long id,
      @ModelAttribute("form") MeasureForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    MeasureView[] created = new MeasureView[1];
    // on the version in force a new measure is an unplanned one (überplanmäßig)
    boolean inForce = strategies.version(id).status() == VersionStatus.IN_FORCE;
    if (FormErrors.trySave(
        () -> created[0] = inForce ? measures.addUnplanned(id, form) : measures.create(id, form),
        result,
        model,
        null,
        v -> {})) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/measures/" + created[0].id();
    }
    return form(model, strategies.version(id), null, locale);
  }

  @GetMapping("/measures/{id}/edit")
  String edit(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
    MeasureView m = measures.get(id);
    VersionView v = strategies.version(m.strategyVersionId());
    if (!v.editable() && !(m.unplanned() && v.status() == VersionStatus.IN_FORCE)) {
      return readOnly(redirect, "/measures/" + id);
    }
    MeasureForm form = m.into(new MeasureForm());
    form.version = m.version();
    model.addAttribute("form", form);
    return form(model, strategies.version(m.strategyVersionId()), m, locale);
  }

  @PostMapping("/measures/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") MeasureForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    MeasureView current = measures.get(id);
    if (FormErrors.trySave(
        () -> measures.update(id, form.version, form),
        result,
        model,
        current,
        v -> form.version = v)) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/measures/" + id;
    }
    return form(model, strategies.version(current.strategyVersionId()), current, locale);
  }

  @PostMapping("/measures/{id}/predecessors")
  String addPredecessor(
      @PathVariable long id,
      @RequestParam(required = false) Long predecessorId,
      RedirectAttributes redirect) {
    measures.get(id);
    try {
      dependencies.addPredecessor(id, predecessorId);
      redirect.addFlashAttribute("flash", "form.saved");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.violations().get(0));
    }
    return "redirect:/measures/" + id + "#dependencies-heading";
  }

  @PostMapping("/measures/{id}/predecessors/{predecessorId}/delete")
  String removePredecessor(
      @PathVariable long id, @PathVariable long predecessorId, RedirectAttributes redirect) {
    try {
      dependencies.removePredecessor(id, predecessorId);
      redirect.addFlashAttribute("flash", "form.deleted");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.violations().get(0));
    }
    return "redirect:/measures/" + id + "#dependencies-heading";
  }

  @PostMapping("/measures/{id}/delete")
  String delete(
      @PathVariable long id,
      @RequestParam(required = false) Long version,
      RedirectAttributes redirect) {
    MeasureView m = measures.get(id);
    try {
      measures.delete(id, version);
      redirect.addFlashAttribute("flash", "form.deleted");
      return "redirect:/strategy-versions/" + m.strategyVersionId() + "/plan";
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", e.violations().get(0));
      return "redirect:/measures/" + id;
    }
  }

  private static boolean coordinating() {
    return de.fahrplan.shared.TenantContext.hasAnyRole(Role.COORDINATION, Role.ADMIN);
  }

  /** Forms of an adopted version are not offered: the user is told why. */
  static String readOnly(RedirectAttributes redirect, String target) {
    redirect.addFlashAttribute(
        "flashError", new InvalidInputException.Violation(null, "version.readOnly"));
    return "redirect:" + target;
  }

  private String form(Model model, VersionView version, MeasureView measure, Locale locale) {
    model.addAttribute("strategyVersion", version);
    model.addAttribute("measure", measure);
    model.addAttribute(
        "goalOptions",
        strategies.goals(version.id()).stream()
            .map(g -> new Option(String.valueOf(g.id()), g.label()))
            .toList());
    model.addAttribute(
        "statusOptions", enumOptions(MeasureStatus.values(), "measureStatus.", locale));
    model.addAttribute("horizonOptions", enumOptions(Horizon.values(), "horizon.", locale));
    model.addAttribute("unitOptions", unitOptions());
    model.addAttribute(
        "parentOptions",
        measures.all(version.id()).stream()
            .filter(x -> measure == null || !x.id().equals(measure.id()))
            .map(x -> new Option(String.valueOf(x.id()), x.label()))
            .toList());
    model.addAttribute("levelOptions", enumOptions(MeasureLevel.values(), "measureLevel.", locale));
    model.addAttribute(
        "priorityOptions", enumOptions(PriorityClass.values(), "priorityClass.", locale));
    model.addAttribute(
        "criteria", settings.current().criteria().stream().filter(c -> !c.derived()).toList());
    model.addAttribute("personOptions", personOptions());
    return "plan/measure-form";
  }

  private List<Option> personOptions() {
    return persons
        .search(null, null, PageRequest.of(0, 2000, Sort.by("familyName", "givenName")))
        .getContent()
        .stream()
        .map(p -> new Option(String.valueOf(p.id()), p.choiceLabel()))
        .toList();
  }

  private List<Option> unitOptions() {
    return orgUnits.tree().stream()
        .map(u -> new Option(String.valueOf(u.id()), u.indentedLabel()))
        .toList();
  }

  private List<Option> enumOptions(Enum<?>[] values, String prefix, Locale locale) {
    return Option.ofEnum(values, prefix, messages, locale);
  }
}
