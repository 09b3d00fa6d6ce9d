package de.fahrplan.plan.internal;

import de.fahrplan.organisation.OrganisationReferences;
import org.springframework.stereotype.Component;

/** Org units and persons that lead or answer for a measure are not deleted. */
@Component
class MeasureReferences implements OrganisationReferences {

  private final MeasureRepository measures;

  MeasureReferences(MeasureRepository measures) {
    this.measures = measures;
  }

  @Override
  public boolean usesOrgUnit(long orgUnitId) {
    return measures.existsByLeadOrgUnitId(orgUnitId);
  }

  @Override
  public boolean usesPerson(long personId) {
    return measures.existsByResponsiblePersonId(personId);
  }
}
