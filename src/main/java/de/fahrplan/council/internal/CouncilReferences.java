package de.fahrplan.council.internal;

import de.fahrplan.organisation.OrganisationReferences;
import org.springframework.stereotype.Component;

/**
 * A committee, unit or person that a council object names (deleted ones too: they are kept) stays:
 * lead units, persons in charge and signers of papers, committees of consultations and meetings,
 * addressees of statements and mandates, places of meetings.
 */
@Component
class CouncilReferences implements OrganisationReferences {

  private final PaperRepository papers;
  private final ConsultationRepository consultations;
  private final MeetingRepository meetings;
  private final StatementRepository statements;
  private final MandateRepository mandates;

  CouncilReferences(
      PaperRepository papers,
      ConsultationRepository consultations,
      MeetingRepository meetings,
      StatementRepository statements,
      MandateRepository mandates) {
    this.papers = papers;
    this.consultations = consultations;
    this.meetings = meetings;
    this.statements = statements;
    this.mandates = mandates;
  }

  @Override
  public boolean usesOrgUnit(long orgUnitId) {
    return papers.existsByLeadUnitId(orgUnitId)
        || statements.existsByOrgUnitId(orgUnitId)
        || mandates.existsByAddresseeUnitId(orgUnitId);
  }

  @Override
  public boolean usesPerson(long personId) {
    return papers.existsByPersonInChargeId(personId) || papers.hasSignOffBy(personId);
  }

  @Override
  public boolean usesLocation(long locationId) {
    return meetings.existsByLocationId(locationId);
  }

  @Override
  public boolean usesOrganization(long organizationId) {
    return consultations.existsByOrganizationId(organizationId)
        || meetings.existsByOrganizationId(organizationId)
        || statements.existsByOrganizationId(organizationId)
        || mandates.existsByCommitteeId(organizationId);
  }
}
