package de.fahrplan.strategy.internal;

import de.fahrplan.organisation.OrganisationReferences;
import org.springframework.stereotype.Component;

/** A council that adopted a strategy version stays: the decision refers to it. */
@Component
class AdoptionReferences implements OrganisationReferences {

  private final StrategyVersionRepository versions;

  AdoptionReferences(StrategyVersionRepository versions) {
    this.versions = versions;
  }

  @Override
  public boolean usesOrganization(long organizationId) {
    return versions.existsByAdoptedById(organizationId);
  }
}
