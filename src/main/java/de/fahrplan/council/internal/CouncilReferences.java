package de.fahrplan.council.internal;

import de.fahrplan.organisation.OrganisationReferences;
import org.springframework.stereotype.Component;

/**
 * A committee, lead unit or person in charge named by a paper (deleted ones too: they are kept)
 * stays.
 */
@Component
class CouncilReferences implements OrganisationReferences {

  private final PaperRepository papers;
  private final ConsultationRepository consultations;

  CouncilReferences(PaperRepository papers, ConsultationRepository consultations) {
    this.papers = papers;
    this.consultations = consultations;
  }

  @Override
  public boolean usesOrgUnit(long orgUnitId) {
    return papers.existsByLeadUnitId(orgUnitId);
  }

  @Override
  public boolean usesPerson(long personId) {
    return papers.existsByPersonInChargeId(personId);
  }

  @Override
  public boolean usesOrganization(long organizationId) {
    return consultations.existsByOrganizationId(organizationId);
  }
}
