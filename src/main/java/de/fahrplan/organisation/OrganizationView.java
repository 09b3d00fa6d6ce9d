package de.fahrplan.organisation;

import de.fahrplan.shared.Inputs;
import de.fahrplan.shared.web.Versioned;
import java.time.LocalDate;

/** A committee, council, board or working group. */
public record OrganizationView(
    Long id,
    String name,
    String shortName,
    OrganizationClassification classification,
    LocalDate startDate,
    LocalDate endDate,
    boolean published,
    long memberCount,
    long version)
    implements Versioned {

  public OrganizationInput toInput() {
    return Inputs.fill(this, new OrganizationInput());
  }
}
