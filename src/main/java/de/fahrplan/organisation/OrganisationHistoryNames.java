package de.fahrplan.organisation;

import de.fahrplan.shared.audit.HistoryNames;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Names of org units, persons, committees and places in the change history. */
@Component
class OrganisationHistoryNames implements HistoryNames {

  private static final Set<String> UNITS =
      Set.of("orgUnitId", "leadUnitId", "leadOrgUnitId", "addresseeUnitId");
  private static final Set<String> PERSONS =
      Set.of(
          "personId",
          "personIds",
          "leadPersonId",
          "responsiblePersonId",
          "personInChargeId",
          "delegatePersonId",
          "assigneePersonId");
  private static final Set<String> COMMITTEES =
      Set.of("organizationId", "committeeId", "adoptedById");

  private final OrgUnits orgUnits;
  private final Persons persons;
  private final Organizations organizations;
  private final Locations locations;

  OrganisationHistoryNames(
      OrgUnits orgUnits, Persons persons, Organizations organizations, Locations locations) {
    this.orgUnits = orgUnits;
    this.persons = persons;
    this.organizations = organizations;
    this.locations = locations;
  }

  @Override
  public Optional<String> name(String type, String field, long id) {
    if (UNITS.contains(field) || ("parentId".equals(field) && "OrgUnit".equals(type))) {
      return HistoryNames.read(id, i -> orgUnits.get(i).label());
    }
    if (PERSONS.contains(field)) {
      return HistoryNames.read(id, i -> persons.get(i).displayName());
    }
    if (COMMITTEES.contains(field)) {
      return HistoryNames.read(id, i -> organizations.get(i).name());
    }
    if ("locationId".equals(field)) {
      return HistoryNames.read(id, i -> locations.get(i).description());
    }
    return Optional.empty();
  }
}
