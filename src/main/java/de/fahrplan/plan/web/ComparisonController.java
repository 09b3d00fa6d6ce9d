package de.fahrplan.plan.web;

import de.fahrplan.plan.VersionComparison;
import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.StrategyView;
import de.fahrplan.strategy.VersionView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** What changed between a version and another one of the same strategy (default: the previous). */
@Controller
@MemberOnly
class ComparisonController {

  private final VersionComparison comparison;
  private final Strategies strategies;

  ComparisonController(VersionComparison comparison, Strategies strategies) {
    this.comparison = comparison;
    this.strategies = strategies;
  }

  /** The version to compare with: the given one (same strategy), else the previous number. */
  static long other(Strategies strategies, VersionView version, Long with) {
    StrategyView strategy = strategies.get(version.strategyId());
    return strategy.versions().stream()
        .filter(v -> with != null ? v.id().equals(with) : v.number() == version.number() - 1)
        .findFirst()
        .map(VersionView::id)
        .orElseThrow(() -> new NotFoundException("StrategyVersion"));
  }

  @GetMapping("/strategy-versions/{id}/comparison")
  String page(@PathVariable long id, @RequestParam(required = false) Long with, Model model) {
    VersionView version = strategies.version(id);
    model.addAttribute("strategyVersion", version);
    model.addAttribute("result", comparison.compare(other(strategies, version, with), id));
    return "plan/comparison";
  }
}
