package de.fahrplan.plan.web;

import de.fahrplan.organisation.Choices;
import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.plan.Horizon;
import de.fahrplan.plan.MeasureFilter;
import de.fahrplan.plan.MeasureInput;
import de.fahrplan.plan.MeasureLevel;
import de.fahrplan.plan.MeasureSearch;
import de.fahrplan.plan.MeasureStatus;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.PlanSettings;
import de.fahrplan.plan.PlanTree;
import de.fahrplan.plan.PriorityClass;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.shared.web.Option;
import de.fahrplan.shared.web.Paging;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

/** The measures plan: the tree field of action → goal → measure, and the measure pages. */
@Controller
@MemberOnly
class PlanController {

  /** Measure form. */
  static class MeasureForm extends MeasureInput {
    public Long version;
  }

  /**
   * The plan's filter as the query of the tree and the list (one filter, {@link MeasureFilter}).
   */
  static class FilterParams {
    public String q;
    public MeasureStatus status;
    public Horizon horizon;
    public Long orgUnitId;
    public Integer budgetYear;
    public boolean overdue;
    public PriorityClass priority;
    public String tag;
    public MeasureFilter.SortOrder sort;

    MeasureFilter filter() {
      return new MeasureFilter(
          q,
          status,
          null,
          horizon,
          orgUnitId,
          budgetYear,
          overdue,
          priority,
          tag,
          sort == null ? MeasureFilter.SortOrder.CODE : sort);
    }
  }

  private final Strategies strategies;
  private final Measures measures;
  private final PlanSettings settings;
  private final PlanTree planTree;
  private final Choices choices;
  private final OrgUnits orgUnits;
  private final MessageSource messages;
  private final MeasureSearch search;

  PlanController(
      Strategies strategies,
      Measures measures,
      PlanSettings settings,
      PlanTree planTree,
      Choices choices,
      OrgUnits orgUnits,
      MessageSource messages,
      MeasureSearch search) {
    this.search = search;
    this.strategies = strategies;
    this.measures = measures;
    this.settings = settings;
    this.planTree = planTree;
    this.choices = choices;
    this.orgUnits = orgUnits;
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
  String plan(@PathVariable long id, FilterParams params, Model model, Locale locale) {
    VersionView version = strategies.version(id);
    MeasureFilter filter = params.filter();
    PlanTree.View tree = planTree.of(id, filter);
    model.addAttribute("strategyVersion", version);
    model.addAttribute("tree", tree.fields());
    model.addAttribute("measureCount", tree.count());
    model.addAttribute("tagOptions", tree.tags());
    model.addAttribute("overdueIds", tree.overdueIds());
    addFilter(model, filter);
    addFilterChoices(model, version, locale);
    model.addAttribute("filterQuery", filterQuery());
    return "plan/plan";
  }

  /** The request's filter as a query string („?status=…“, without the page), or empty. */
  private static String filterQuery() {
    String query =
        org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("page")
            .build()
            .getQuery();
    return query == null || query.isEmpty() ? "" : "?" + query;
  }

  /** Rows of the measure list per page. */
  static final int LIST_PAGE = 50;

  /**
   * The measures as a list: the plan's filter, sorted and paged in the database (50 rows), for
   * finding and comparing measures across fields and goals; the tree stays the plan's view.
   */
  @GetMapping("/strategy-versions/{id}/measures")
  String list(
      @PathVariable long id,
      FilterParams params,
      @RequestParam(defaultValue = "0") int page,
      Model model,
      Locale locale) {
    MeasureFilter filter = params.filter();
    var list = search.listPage(id, filter, Paging.of(page, LIST_PAGE, Sort.unsorted()));
    VersionView version = list.version();
    model.addAttribute("strategyVersion", version);
    model.addAttribute("page", list.measures());
    model.addAttribute("overdueIds", list.overdueIds());
    model.addAttribute("tagOptions", list.tags());
    // the paging links and the link to the tree keep the filter
    model.addAttribute("filterQuery", filterQuery());
    model.addAttribute("base", "/strategy-versions/" + id + "/measures" + filterQuery());
    addFilter(model, filter);
    addFilterChoices(model, version, locale);
    return "plan/measure-list";
  }

  /** The filter as chosen, so the form shows it again. */
  private static void addFilter(Model model, MeasureFilter filter) {
    model.addAttribute("q", filter.query());
    model.addAttribute("status", filter.status());
    model.addAttribute("horizon", filter.horizon());
    model.addAttribute("orgUnitId", filter.orgUnitId());
    model.addAttribute("budgetYear", filter.budgetYear());
    model.addAttribute("overdue", filter.overdueOnly());
    model.addAttribute("priority", filter.priority());
    model.addAttribute("tag", filter.tag());
    model.addAttribute("sort", filter.sort());
  }

  private void addFilterChoices(Model model, VersionView version, Locale locale) {
    model.addAttribute(
        "priorityOptions", enumOptions(PriorityClass.values(), "priorityClass.", locale));
    model.addAttribute(
        "sortOptions", enumOptions(MeasureFilter.SortOrder.values(), "plan.sort.", locale));
    model.addAttribute(
        "years",
        java.util.stream.IntStream.rangeClosed(version.startYear(), version.endYear())
            .boxed()
            .toList());
    model.addAttribute(
        "statusOptions", enumOptions(MeasureStatus.values(), "measureStatus.", locale));
    model.addAttribute("horizonOptions", enumOptions(Horizon.values(), "horizon.", locale));
    List<OrgUnitView> units = orgUnits.tree();
    model.addAttribute("unitOptions", Choices.units(units));
    model.addAttribute(
        "unitLabels",
        units.stream().collect(Collectors.toMap(OrgUnitView::id, OrgUnitView::label)));
  }

  @CoordinationOnly
  @GetMapping("/strategy-versions/{id}/measures/new")
  String newMeasure(
      @PathVariable long id,
      @RequestParam(required = false) Long goalId,
      @RequestParam(required = false) Long parentId,
      Model model,
      Locale locale) {
    MeasureForm form = new MeasureForm();
    form.status = MeasureStatus.PLANNED;
    form.code = measures.suggestedCode(id, parentId);
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

  @CoordinationOnly
  @GetMapping("/measures/{id}/edit")
  String edit(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
    MeasureView m = measures.get(id);
    VersionView v = strategies.version(m.strategyVersionId());
    if (!Measures.contentEditable(m, v)) {
      return readOnly(redirect, "/measures/" + id);
    }
    MeasureForm form = m.into(new MeasureForm());
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
    model.addAttribute("unitOptions", choices.orgUnits());
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
    model.addAttribute("personOptions", choices.persons());
    return "plan/measure-form";
  }

  private List<Option> enumOptions(Enum<?>[] values, String prefix, Locale locale) {
    return Option.ofEnum(values, prefix, messages, locale);
  }
}
