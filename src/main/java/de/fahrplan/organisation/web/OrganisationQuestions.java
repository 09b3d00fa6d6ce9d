package de.fahrplan.organisation.web;

import de.fahrplan.organisation.LegislativeTermView;
import de.fahrplan.organisation.LegislativeTerms;
import de.fahrplan.organisation.LocationView;
import de.fahrplan.organisation.Locations;
import de.fahrplan.organisation.OrgUnitView;
import de.fahrplan.organisation.OrgUnits;
import de.fahrplan.organisation.OrganizationView;
import de.fahrplan.organisation.Organizations;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.web.Confirmable;
import de.fahrplan.shared.web.Confirmation;
import org.springframework.stereotype.Component;

/**
 * What deleting an org unit, a person, a committee, a Wahlperiode or a place takes with it (asked
 * first).
 */
@Component
class OrganisationQuestions implements Confirmable {

  private final OrgUnits units;
  private final Persons persons;
  private final Organizations organizations;
  private final LegislativeTerms terms;
  private final Locations locations;

  OrganisationQuestions(
      OrgUnits units,
      Persons persons,
      Organizations organizations,
      LegislativeTerms terms,
      Locations locations) {
    this.units = units;
    this.persons = persons;
    this.organizations = organizations;
    this.terms = terms;
    this.locations = locations;
  }

  @Override
  public Confirmation describe(Asked asked) {
    return switch (asked.pattern()) {
      case "/org-units/{id}/delete" -> {
        OrgUnitView u = units.get(asked.id());
        yield Confirmation.of(
            "form.delete", "/org-units/" + u.id(), u.label(), "orgUnit.deleteQuestion", u.label());
      }
      case "/persons/{id}/delete" -> {
        PersonView p = persons.get(asked.id());
        yield Confirmation.of(
            "form.delete",
            "/persons/" + p.id(),
            p.displayName(),
            "person.deleteQuestion",
            p.displayName());
      }
      case "/organizations/{id}/delete" -> {
        OrganizationView o = organizations.get(asked.id());
        yield Confirmation.of(
                "form.delete",
                "/organizations/" + o.id(),
                o.name(),
                "organization.deleteQuestion",
                o.name())
            .takingIf(o.memberCount(), "organization.deleteMembers", o.memberCount());
      }
      case "/legislative-terms/{id}/delete" -> {
        LegislativeTermView t = terms.get(asked.id());
        yield Confirmation.of(
            "form.delete",
            "/legislative-terms/" + t.id() + "/edit",
            t.name(),
            "legislativeTerm.deleteQuestion",
            t.name());
      }
      case "/locations/{id}/delete" -> {
        LocationView l = locations.get(asked.id());
        yield Confirmation.of(
            "form.delete",
            "/locations/" + l.id() + "/edit",
            l.description(),
            "location.deleteQuestion",
            l.description());
      }
      default -> throw new IllegalArgumentException(asked.pattern());
    };
  }
}
