package de.fahrplan.organisation.web;

import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.TenantContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Start page: the municipality at a glance. */
@Controller
class HomeController {

  private final OrgUnits orgUnits;
  private final Persons persons;
  private final Organizations organizations;

  HomeController(OrgUnits orgUnits, Persons persons, Organizations organizations) {
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.organizations = organizations;
  }

  @GetMapping("/")
  String home(Authentication auth, Model model) {
    boolean member =
        TenantContext.currentTenantId().isPresent()
            && auth.getAuthorities().stream()
                .anyMatch(a -> !a.getAuthority().equals("ROLE_OPERATOR"));
    if (member) {
      model.addAttribute("orgUnitCount", orgUnits.tree().size());
      model.addAttribute(
          "personCount", persons.search(null, null, Pageable.ofSize(1)).getTotalElements());
      model.addAttribute(
          "organizationCount", organizations.search(null, Pageable.ofSize(1)).getTotalElements());
    }
    model.addAttribute("member", member);
    return "home";
  }
}
