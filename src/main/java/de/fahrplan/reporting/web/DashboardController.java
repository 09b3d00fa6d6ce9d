package de.fahrplan.reporting.web;

import de.fahrplan.reporting.Dashboard;
import de.fahrplan.reporting.Dashboards;
import de.fahrplan.shared.decisions.Decisions;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard (Lagebild) for the coordination and the leadership. */
@Controller
@MemberOnly
class DashboardController {

  private final Dashboards dashboards;
  private final Strategies strategies;
  private final Clock clock;
  private final ObjectProvider<Decisions> decisions;

  DashboardController(
      Dashboards dashboards,
      Strategies strategies,
      Clock clock,
      ObjectProvider<Decisions> decisions) {
    this.decisions = decisions;
    this.dashboards = dashboards;
    this.strategies = strategies;
    this.clock = clock;
  }

  /** The dashboard of the strategy in force. */
  @GetMapping("/dashboard")
  String current(Model model) {
    Optional<VersionView> v = strategies.currentVersion();
    if (v.isPresent()) {
      return "redirect:/strategy-versions/" + v.get().id() + "/dashboard";
    }
    model.addAttribute("strategyVersion", null);
    model.addAttribute("dashboard", null);
    return "reporting/dashboard";
  }

  @GetMapping("/strategy-versions/{id}/dashboard")
  String dashboard(@PathVariable long id, @RequestParam(required = false) Long round, Model model) {
    VersionView v = strategies.version(id);
    LocalDate today = LocalDate.now(clock);
    Dashboard d = dashboards.of(id, round, today).orElse(null);
    model.addAttribute("strategyVersion", v);
    model.addAttribute("dashboard", d);
    model.addAttribute("today", today);
    model.addAttribute(
        "overdueMandates", decisions.stream().flatMap(x -> x.overdueMandates().stream()).toList());
    if (d != null) {
      model.addAttribute("goalChart", Charts.lights(d.byGoal()));
      model.addAttribute("fieldChart", Charts.lights(d.byFieldOfAction()));
      model.addAttribute("unitChart", Charts.lights(d.byOrgUnit()));
      model.addAttribute("trendChart", Charts.trend(d.trend()));
      model.addAttribute("moneyChart", Charts.money(d.budget()));
      model.addAttribute("chartWidth", Charts.WIDTH);
      // the longest overdue first; the complete list is in the progress report and the API
      model.addAttribute("overdueShown", 25);
    }
    return "reporting/dashboard";
  }
}
