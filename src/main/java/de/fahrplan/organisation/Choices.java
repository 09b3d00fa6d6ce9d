package de.fahrplan.organisation;

import de.fahrplan.shared.web.Option;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The municipality's people, units, committees and places as choices of a form's select box, each
 * in the order and wording every form uses (persons by family name, units indented as in the tree).
 */
@Service
public class Choices {

  /** More than any municipality's staff list; a select box beyond this would be a search. */
  private static final int MAX = 2000;

  private final Persons persons;
  private final OrgUnits orgUnits;
  private final Organizations organizations;
  private final Locations locations;

  Choices(Persons persons, OrgUnits orgUnits, Organizations organizations, Locations locations) {
    this.persons = persons;
    this.orgUnits = orgUnits;
    this.organizations = organizations;
    this.locations = locations;
  }

  public List<Option> persons() {
    return persons
        .search(null, null, PageRequest.of(0, MAX, Sort.by("familyName", "givenName")))
        .getContent()
        .stream()
        .map(p -> new Option(String.valueOf(p.id()), p.choiceLabel()))
        .toList();
  }

  public List<Option> orgUnits() {
    return units(orgUnits.tree());
  }

  /** Org units of a tree already read, indented by depth. */
  public static List<Option> units(List<OrgUnitView> tree) {
    return tree.stream().map(u -> new Option(String.valueOf(u.id()), u.indentedLabel())).toList();
  }

  public List<Option> organizations() {
    return organizations.search(null, PageRequest.of(0, 500, Sort.by("name"))).getContent().stream()
        .map(o -> new Option(String.valueOf(o.id()), o.name()))
        .toList();
  }

  /** The places where committees meet, by description. */
  public List<Option> locations() {
    return locations.all().stream()
        .map(l -> new Option(String.valueOf(l.id()), l.description()))
        .toList();
  }
}
