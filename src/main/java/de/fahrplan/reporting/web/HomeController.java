package de.fahrplan.reporting.web;

import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.organisation.Persons;
import de.fahrplan.reporting.StartOverview;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.decisions.Decisions;
import de.fahrplan.shared.security.Role;
import de.fahrplan.shared.tasks.OpenTasks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page says what is due for the signed-in person: their tasks; per strategy in force the
 * open round, the Lagebild's state, overdue milestones and decisions needed, the latest report;
 * overdue mandates; for Administration the organisation's figures.
 */
@Controller
class HomeController {

  private final StartOverview overview;
  private final List<OpenTasks> otherTasks;
  private final ObjectProvider<Decisions> decisions;
  private final OrgUnits orgUnits;
  private final Persons persons;
  private final Organizations organizations;
  private final Clock clock;

  HomeController(
      StartOverview overview,
      List<OpenTasks> otherTasks,
      ObjectProvider<Decisions> decisions,
      OrgUnits orgUnits,
      Persons persons,
      Organizations organizations,
      Clock clock) {
    this.overview = overview;
    this.otherTasks = otherTasks;
    this.decisions = decisions;
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.organizations = organizations;
    this.clock = clock;
  }

  @GetMapping("/")
  String home(Model model) {
    boolean member =
        TenantContext.currentTenantId().isPresent()
            && TenantContext.hasAnyRole(Role.ADMIN, Role.COORDINATION, Role.EDITOR, Role.READER);
    model.addAttribute("member", member);
    if (!member) {
      return "home";
    }
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("overview", overview.overview());
    model.addAttribute(
        "otherTasks", otherTasks.stream().flatMap(t -> t.openTasks().stream()).toList());
    model.addAttribute(
        "overdueMandates", decisions.stream().flatMap(d -> d.overdueMandates().stream()).toList());
    if (TenantContext.hasAnyRole(Role.ADMIN)) {
      model.addAttribute("orgUnitCount", orgUnits.tree().size());
      model.addAttribute(
          "personCount", persons.search(null, null, Pageable.ofSize(1)).getTotalElements());
      model.addAttribute(
          "organizationCount", organizations.search(null, Pageable.ofSize(1)).getTotalElements());
    }
    return "home";
  }
}
