package de.fahrplan.plan.internal;

import de.fahrplan.organisation.OrganisationReferences;
import org.springframework.stereotype.Component;

/**
 * Org units and persons that lead or answer for a measure, and participants of a measure (org
 * units, persons, Organizations), are not deleted.
 */
@Component
class PlanOrganisationReferences implements OrganisationReferences {

  private final MeasureRepository measures;
  private final ParticipantRepository participants;

  PlanOrganisationReferences(MeasureRepository measures, ParticipantRepository participants) {
    this.measures = measures;
    this.participants = participants;
  }

  @Override
  public boolean usesOrgUnit(long orgUnitId) {
    return measures.existsByLeadOrgUnitId(orgUnitId) || participants.existsByOrgUnitId(orgUnitId);
  }

  @Override
  public boolean usesPerson(long personId) {
    return measures.existsByResponsiblePersonId(personId)
        || participants.existsByPersonId(personId);
  }

  @Override
  public boolean usesOrganization(long organizationId) {
    return participants.existsByOrganizationId(organizationId);
  }
}
