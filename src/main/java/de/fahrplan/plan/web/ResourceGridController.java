package de.fahrplan.plan.web;

import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.ResourceGridLine;
import de.fahrplan.plan.ResourceView;
import de.fahrplan.plan.Resources;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.web.FormErrors;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A measure's staff and money of every budget year of its strategy in one form (the money grid):
 * years × FTE and money kinds, with totals, saved at once.
 */
@Controller
class ResourceGridController {

  /** The grid: one line per budget year of the strategy. */
  static class GridForm {
    public List<ResourceGridLine> lines = new ArrayList<>();
  }

  private final Measures measures;
  private final Resources resources;
  private final Strategies strategies;

  ResourceGridController(Measures measures, Resources resources, Strategies strategies) {
    this.measures = measures;
    this.resources = resources;
    this.strategies = strategies;
  }

  @CoordinationOnly
  @GetMapping("/measures/{id}/resources/grid")
  String grid(@PathVariable long id, Model model) {
    MeasureView measure = measures.get(id);
    VersionView version = strategies.version(measure.strategyVersionId());
    Map<Integer, ResourceView> byYear =
        resources.of(id).stream()
            .collect(Collectors.toMap(ResourceView::budgetYear, Function.identity()));
    GridForm form = new GridForm();
    for (int year = version.startYear(); year <= version.endYear(); year++) {
      ResourceGridLine line = new ResourceGridLine();
      line.budgetYear = year;
      ResourceView r = byYear.get(year);
      if (r != null) {
        line.id = r.id();
        line.version = r.version();
        line.fteExisting = r.fteExisting();
        line.fteNew = r.fteNew();
        line.fteExternal = r.fteExternal();
        line.consumptive = r.consumptive();
        line.investive = r.investive();
      }
      form.lines.add(line);
    }
    model.addAttribute("form", form);
    return page(model, measure);
  }

  @CoordinationOnly
  @PostMapping("/measures/{id}/resources/grid")
  String save(
      @PathVariable long id,
      @ModelAttribute("form") GridForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    // the years as stored now: shown beside the typed grid after a concurrent change, whose
    // versions the grid then adopts, so that saving again overwrites deliberately
    List<ResourceView> current = resources.of(id);
    if (FormErrors.trySave(
        () -> resources.saveGrid(id, form.lines),
        result,
        model,
        current,
        v -> adoptVersions(form.lines, current))) {
      redirect.addFlashAttribute("flash", "form.saved");
      return "redirect:/measures/" + id + "#resources-heading";
    }
    return page(model, measures.get(id));
  }

  private static void adoptVersions(List<ResourceGridLine> lines, List<ResourceView> current) {
    Map<Long, Long> versions =
        current.stream().collect(Collectors.toMap(ResourceView::id, ResourceView::version));
    lines.stream()
        .filter(l -> l.id != null && versions.containsKey(l.id))
        .forEach(l -> l.version = versions.get(l.id));
  }

  private String page(Model model, MeasureView measure) {
    GridForm form = (GridForm) model.getAttribute("form");
    model.addAttribute("measure", measure);
    model.addAttribute("totals", totals(form.lines));
    return "plan/resource-grid";
  }

  /** Column sums of the lines as shown (the saved values, or what was typed). */
  static Map<String, BigDecimal> totals(List<ResourceGridLine> lines) {
    Map<String, Function<ResourceGridLine, BigDecimal>> columns =
        Map.of(
            "fteExisting", l -> l.fteExisting,
            "fteNew", l -> l.fteNew,
            "fteExternal", l -> l.fteExternal,
            "consumptive", l -> l.consumptive,
            "investive", l -> l.investive);
    Map<String, BigDecimal> sums = new java.util.HashMap<>();
    columns.forEach(
        (name, value) ->
            sums.put(
                name,
                lines.stream()
                    .map(value)
                    .filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
    return sums;
  }
}
