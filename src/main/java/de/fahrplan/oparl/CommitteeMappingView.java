package de.fahrplan.oparl;

/**
 * A committee of the Ratsinformationssystem and the own committee it is mapped to (null: none yet;
 * the import creates one when a paper or meeting needs it).
 */
public record CommitteeMappingView(
    Long id,
    String externalId,
    String name,
    String shortName,
    Long organizationId,
    boolean createdByImport) {}
