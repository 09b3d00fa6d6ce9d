package de.fahrplan.organisation;

/**
 * Implemented by modules that point at organisation objects (a measure's lead unit and responsible
 * person, the body that adopted a strategy, the place of a meeting), so that such an object is not
 * deleted while it is still in use. The organisation module asks every implementation before
 * deleting.
 */
public interface OrganisationReferences {

  default boolean usesOrgUnit(long orgUnitId) {
    return false;
  }

  default boolean usesPerson(long personId) {
    return false;
  }

  default boolean usesOrganization(long organizationId) {
    return false;
  }

  default boolean usesLocation(long locationId) {
    return false;
  }
}
